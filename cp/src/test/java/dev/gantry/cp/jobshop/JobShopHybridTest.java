package dev.gantry.cp.jobshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.instances.jobshop.BundledInstances;
import dev.gantry.instances.jobshop.TaillardGenerator;
import dev.gantry.modeling.api.CancellationToken;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopHeuristic;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.jobshop.JobShopVerifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hybrid search: plans only get shorter, every plan passes the verifier, a whole-instance window proves optima. */
class JobShopHybridTest {

    /** Jobs one after another, each operation as early as its machine allows: feasible and poor. */
    static JobShopSchedule jobByJob(JobShop shop) {
        long[] machineFree = new long[shop.machineCount()];
        long[][] starts = new long[shop.jobCount()][];
        for (int j = 0; j < shop.jobCount(); j++) {
            starts[j] = new long[shop.jobs().get(j).size()];
            long ready = 0;
            for (int k = 0; k < starts[j].length; k++) {
                int m = shop.operation(j, k).machine();
                starts[j][k] = Math.max(ready, machineFree[m]);
                ready = starts[j][k] + shop.operation(j, k).duration();
                machineFree[m] = ready;
            }
        }
        return JobShopSchedule.fromStarts(shop, starts);
    }

    @Test
    void aWindowOverTheWholeInstanceIsAFullSolveThatProvesTheOptimum() {
        JobShop ft06 = BundledInstances.jobShop("ft06").orElseThrow();
        JobShopSchedule start = jobByJob(ft06);
        List<Long> progress = new ArrayList<>();

        HybridResult r = JobShopHybrid.improve(start, HybridOptions.of(Duration.ofSeconds(60), 1, 1), p -> progress.add(p.makespan()));

        assertThat(r.startMakespan()).isEqualTo(start.makespan());
        assertThat(r.makespan()).isEqualTo(55);
        assertThat(r.lowerBound()).isEqualTo(55);
        assertThat(r.provenOptimal()).isTrue();
        assertThat(progress).first().isEqualTo(start.makespan());
        assertThat(progress).last().isEqualTo(55L);
        assertThat(progress).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        VerificationReport report = JobShopVerifier.verify(r.best());
        assertThat(report.violations()).isEmpty();
        assertThat(report.objective()).isEqualTo(55L);
    }

    @Test
    void smallWindowsShortenALargerPlanAndEveryPlanIsValid() {
        JobShop shop = TaillardGenerator.generate(30, 10, 840612802L, 398197754L);
        JobShopSchedule start = jobByJob(shop);
        List<Long> progress = new ArrayList<>();

        HybridResult r = JobShopHybrid.improve(start, HybridOptions.of(Duration.ofSeconds(6), 1, 7)
                .withNeighbourhood(Duration.ofMillis(500), 40), p -> progress.add(p.makespan()));

        assertThat(r.neighbourhoods()).isGreaterThan(1);
        assertThat(r.improvements()).isPositive();
        assertThat(r.makespan()).isLessThan(start.makespan()).isGreaterThanOrEqualTo(shop.trivialLowerBound());
        assertThat(progress).last().isEqualTo(r.makespan());
        assertThat(r.provenOptimal()).isEqualTo(r.makespan() == r.lowerBound());
        VerificationReport report = JobShopVerifier.verify(r.best());
        assertThat(report.violations()).isEmpty();
        assertThat(report.objective()).isEqualTo(r.makespan());
    }

    @Test
    void aCancelledSearchReturnsTheLeftJustifiedStart() {
        JobShop la01 = BundledInstances.jobShop("la01").orElseThrow();
        CancellationToken token = new CancellationToken();
        token.cancel();

        HybridResult r = JobShopHybrid.improve(jobByJob(la01), HybridOptions.of(Duration.ofSeconds(30), 1, 1).withCancellation(token), p -> { });

        assertThat(r.cancelled()).isTrue();
        assertThat(r.neighbourhoods()).isZero();
        assertThat(r.makespan()).isEqualTo(r.startMakespan()).isLessThanOrEqualTo(jobByJob(la01).makespan());
        assertThat(JobShopVerifier.verify(r.best()).violations()).isEmpty();
    }

    @Test
    void theSearchStartsFromTheShortestOfItsStartingPlans() {
        JobShop la01 = BundledInstances.jobShop("la01").orElseThrow();
        JobShopHeuristic poor = heuristic("job-by-job", JobShopHybridTest::jobByJob);
        JobShopHeuristic better = heuristic("left-justified", shop -> MachineSequences.of(jobByJob(shop)).leftJustified());

        HybridResult r = JobShopHybrid.solve(la01, List.of(poor, better), HybridOptions.of(Duration.ofSeconds(20), 1, 1), p -> { });

        assertThat(r.startedFrom()).isEqualTo(better.schedule(la01, 1).makespan() < jobByJob(la01).makespan() ? "left-justified" : "job-by-job");
        assertThat(r.makespan()).isEqualTo(666);
        assertThat(JobShopVerifier.verify(r.best()).violations()).isEmpty();
    }

    private static JobShopHeuristic heuristic(String id, java.util.function.Function<JobShop, JobShopSchedule> plan) {
        return new JobShopHeuristic() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public JobShopSchedule schedule(JobShop shop, long seed) {
                return plan.apply(shop);
            }
        };
    }

    @Test
    void anUnknownStartingHeuristicIsNamed() {
        JobShop ft06 = BundledInstances.jobShop("ft06").orElseThrow();

        assertThatThrownBy(() -> JobShopHybrid.registered(List.of("no-such-rule")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no job-shop heuristic 'no-such-rule'");
        assertThatThrownBy(() -> JobShopHybrid.solve(ft06, List.of(), HybridOptions.of(Duration.ofSeconds(1), 1, 1), p -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one starting heuristic");
    }
}
