package dev.gantry.cp.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.scheduling.RelationType;
import dev.gantry.modeling.scheduling.Schedule;
import dev.gantry.modeling.scheduling.SchedulingModel;
import dev.gantry.modeling.scheduling.SchedulingProblem;
import dev.gantry.modeling.scheduling.Task;
import dev.gantry.modeling.scheduling.TemporalAnalysis;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.scheduling.TemporalScheduleVerifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** RCPSP/max on the CP backends: every solution passes the independent verifier's G1 (max lags included) and R2. */
class GeneralisedPrecedenceCpTest {

    private static SolveResult solve(String backend, SchedulingModel model) {
        // eight tasks: both backends prove their verdict in well under a second; the generous limit only keeps a loaded
        // machine from turning a proof into UNKNOWN
        return Backends.get(backend).solve(model.model(), SolveOptions.builder().workers(1).seed(1).timeLimit(Duration.ofSeconds(60)).build());
    }

    /** A(3) and B(2) share a crew of one; B starts 0..maxLag after A starts. */
    private static SchedulingProblem sharedCrew(long maxLag) {
        return SchedulingProblem.builder("crew-" + maxLag)
                .task(Task.of("A", 3)).task(Task.of("B", 2))
                .relation("A", "B", RelationType.SS, 0, OptionalLong.of(maxLag))
                .cumulativeResource("resource/crew", 1, List.of("A", "B"), List.of(1L, 1L))
                .build();
    }

    @Test
    void aMaxLagThatTheCrewCannotMeetIsInfeasibleAlthoughTemporallyFine() {
        SchedulingProblem p = sharedCrew(1);
        assertThat(TemporalAnalysis.of(p).feasible()).isTrue();

        SolveResult r = solve("cpsat", SchedulingModel.compile(p));

        // B cannot overlap A, so it starts ≥ 3 after A, beyond the max lag 1
        assertThat(r.status()).isEqualTo(Status.INFEASIBLE);
    }

    @Test
    void aMaxLagThatTheCrewCanMeetBindsTheStartOfTheSuccessor() {
        SchedulingModel model = SchedulingModel.compile(sharedCrew(3));

        SolveResult r = solve("cpsat", model);

        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        Schedule s = model.decode(r.solution());
        assertThat(s.start("B") - s.start("A")).isEqualTo(3);
        VerificationReport report = TemporalScheduleVerifier.verify(model.problem(), s);
        assertThat(report.violations()).isEmpty();
        assertThat(report.objective()).isEqualTo(5L);
    }

    /** Eight tasks, two resources, random relations of every type with lags in −2..4 and some max lags. */
    private static SchedulingProblem random(long seed) {
        Random rnd = new Random(seed);
        SchedulingProblem.Builder b = SchedulingProblem.builder("random-" + seed);
        List<String> ids = new ArrayList<>();
        List<Long> demandA = new ArrayList<>();
        List<Long> demandB = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ids.add("T" + i);
            b.task(Task.of("T" + i, 1 + rnd.nextInt(5)));
            demandA.add((long) rnd.nextInt(3));
            demandB.add((long) rnd.nextInt(2));
        }
        for (int i = 0; i < 8; i++) {
            for (int j = i + 1; j < 8; j++) {
                if (rnd.nextInt(4) == 0) {
                    long min = rnd.nextInt(7) - 2;
                    OptionalLong max = rnd.nextInt(3) == 0 ? OptionalLong.of(min + 2 + rnd.nextInt(8)) : OptionalLong.empty();
                    b.relation("T" + i, "T" + j, RelationType.values()[rnd.nextInt(4)], min, max);
                }
            }
        }
        return b.cumulativeResource("resource/R1", 3, ids, demandA).cumulativeResource("resource/R2", 1, ids, demandB).build();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void everySolutionOfBothBackendsPassesTheVerifierAndBothAgree(long seed) {
        SchedulingProblem p = random(seed);
        TemporalAnalysis analysis = TemporalAnalysis.of(p);
        assertThat(analysis.feasible()).as("seed %d is temporally feasible", seed).isTrue();
        SchedulingModel model = SchedulingModel.compile(p);
        List<String> outcomes = new ArrayList<>();
        for (String backend : List.of("cpsat", "choco")) {
            SolveResult r = solve(backend, model);
            outcomes.add(r.status() + (r.hasSolution() ? " " + r.objective() : ""));
            if (!r.hasSolution()) {
                // resource feasibility with max lags is NP-hard; a proof is the only other acceptable answer
                assertThat(r.status()).as("%s on seed %d", backend, seed).isEqualTo(Status.INFEASIBLE);
                continue;
            }
            VerificationReport report = TemporalScheduleVerifier.verify(p, model.decode(r.solution()));
            assertThat(report.violations()).as("%s on seed %d", backend, seed).isEmpty();
            assertThat(report.objective().longValue()).isGreaterThanOrEqualTo(analysis.finish());
        }
        // both prove the same verdict: the same optimum, or infeasibility (seeds 1 and 6)
        assertThat(outcomes.get(1)).isEqualTo(outcomes.get(0));
        assertThat(outcomes.get(0).startsWith("INFEASIBLE")).isEqualTo(seed == 1 || seed == 6);
    }
}
