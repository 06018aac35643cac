package dev.gantry.cp.smtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import dev.gantry.modeling.smtt.TardinessModel;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.smtt.SequenceVerifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The CP model of 1||ΣwjTj through the DSL, solved by CP-SAT, against the subset DP and the verifier (spec smtt §4.3). */
class TardinessCpTest {

    private static final SingleMachineTardiness PAPER6 = SingleMachineTardiness.unweighted("paper6",
            new int[] {10, 11, 10, 10, 11, 10}, new int[] {15, 11, 13, 11, 12, 11});

    private static SolveOptions.Builder oneWorker() {
        return SolveOptions.builder().workers(1).seed(1).timeLimit(Duration.ofSeconds(2));
    }

    /** Solves, then checks the spec's requirements: never below the exact value, OPTIMAL equals it, verified decode. */
    private static SolveResult solveAndCheck(SingleMachineTardiness inst, SolveOptions options) {
        TardinessModel model = TardinessModel.compile(inst);
        SolveResult r = Backends.get("cpsat").solve(model.model(), options);
        long exact = SubsetDpSolver.solve(inst).value();
        String what = inst.name() + " p=" + Arrays.toString(inst.processing()) + " w=" + Arrays.toString(inst.weights())
                + " d=" + Arrays.toString(inst.dueDates());
        assertThat(r.status()).as(what).isIn(Status.OPTIMAL, Status.FEASIBLE);
        assertThat(r.objective()).as("never below the exact value: %s", what).isGreaterThanOrEqualTo(exact);
        assertThat(r.stats()).containsEntry("workers", Integer.toString(options.workers().orElseThrow()));
        if (r.status() == Status.OPTIMAL) {
            assertThat(r.objective()).as("OPTIMAL equals the exact value: %s", what).isEqualTo(exact);
            assertThat(r.bestBound()).hasValue(exact);
        }
        JobSequence seq = model.decode(r.solution());
        VerificationReport report = SequenceVerifier.verify(inst, seq);
        assertThat(report.violations()).as(what).isEmpty();
        assertThat(report.valid()).isTrue();
        // idle time never helps: the back-to-back value of the start order is at most the model's objective
        assertThat(report.objective().longValue()).as(what).isLessThanOrEqualTo(r.objective()).isGreaterThanOrEqualTo(exact);
        if (r.status() == Status.OPTIMAL) {
            assertThat(report.objective().longValue()).as(what).isEqualTo(r.objective());
        }
        return r;
    }

    @Test
    void paperExampleIsSolvedTo141() {
        SolveResult r = solveAndCheck(PAPER6, oneWorker().build());
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        assertThat(r.objective()).isEqualTo(141);
        assertThat(SequenceVerifier.verify(PAPER6, TardinessModel.compile(PAPER6).decode(r.solution())).objective())
                .isEqualTo(141L);
    }

    @Test
    void smallRandomInstancesReachTheExactOptimum() {
        Random rnd = new Random(4321L);
        int negative = 0;
        int zero = 0;
        for (int it = 0; it < 40; it++) {
            boolean weighted = it % 2 == 1;
            var inst = SmttExactTest.random(rnd, 1 + rnd.nextInt(8), weighted, it);
            // at most 8 jobs: proofs take milliseconds; the generous limit only keeps a loaded machine from failing the test
            SolveResult r = solveAndCheck(inst, oneWorker().timeLimit(Duration.ofSeconds(60)).build());
            assertThat(r.status()).as(inst.name()).isEqualTo(Status.OPTIMAL);
            negative += Arrays.stream(inst.dueDates()).anyMatch(d -> d < 0) ? 1 : 0;
            zero += r.objective() == 0 ? 1 : 0;
        }
        assertThat(negative).as("instances with negative due dates").isGreaterThan(5);
        assertThat(zero).as("zero-tardiness instances").isGreaterThan(0);
    }

    @Test
    void allDueDatesNegativeStillMatchesTheDp() {
        var inst = new SingleMachineTardiness("neg", new int[] {3, 1, 4, 1, 5}, new int[] {2, 7, 1, 8, 2},
                new int[] {-5, -1, -9, -2, -6});
        SolveResult r = solveAndCheck(inst, oneWorker().build());
        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        assertThat(TardinessModel.compile(inst).tardiness(2).domain().min()).isEqualTo(13);
    }

    @Test
    void aHintIsAcceptedAndFixingItReproducesTheSequenceValue() {
        TardinessModel model = TardinessModel.compile(PAPER6);
        JobSequence edd = new JobSequence(new int[] {1, 3, 5, 4, 2, 0}); // stable EDD, 146 in spec §2.6
        var hint = model.hint(edd);
        assertThat(hint.values()).containsEntry(TardinessModel.OBJECTIVE, 146L).containsEntry("J1.start", 0L);

        SolveResult fixed = Backends.get("cpsat").solve(model.model(), oneWorker().hint(hint).fixToHints(true).build());
        assertThat(fixed.diagnostics()).noneMatch(s -> s.contains("hint"));
        assertThat(fixed.status()).isEqualTo(Status.OPTIMAL);
        assertThat(fixed.objective()).isEqualTo(146);
        assertThat(model.decode(fixed.solution())).isEqualTo(edd);

        SolveResult warm = solveAndCheck(PAPER6, oneWorker().hint(hint).build());
        assertThat(warm.diagnostics()).noneMatch(s -> s.contains("hint"));
        assertThat(warm.status()).isEqualTo(Status.OPTIMAL);
        assertThat(warm.objective()).isEqualTo(141);
    }

    @Test
    void aShortRunOnALargerInstanceReportsItsStatusHonestly() {
        // 16 jobs, tight due dates: a tiny deterministic limit from an EDD hint. Whatever the status, the value is never
        // below the DP's, OPTIMAL only with the exact value, and the decoded sequence verifies (checked in solveAndCheck).
        Random rnd = new Random(16L);
        int n = 16;
        int[] p = new int[n];
        int[] d = new int[n];
        int total = 0;
        for (int j = 0; j < n; j++) {
            p[j] = 1 + rnd.nextInt(99);
            total += p[j];
        }
        for (int j = 0; j < n; j++) {
            d[j] = (int) (total * (0.3 + 0.2 * rnd.nextDouble())) - 40;
        }
        var inst = SingleMachineTardiness.unweighted("tight16", p, d);
        int[] edd = java.util.stream.IntStream.range(0, n).boxed()
                .sorted(java.util.Comparator.<Integer>comparingInt(j -> d[j]).thenComparingInt(j -> j))
                .mapToInt(Integer::intValue).toArray();
        var hint = TardinessModel.compile(inst).hint(new JobSequence(edd));
        SolveResult r = solveAndCheck(inst, SolveOptions.builder().workers(1).seed(1).workLimit(0.05)
                .timeLimit(Duration.ofSeconds(2)).hint(hint).build());
        assertThat(r.objective()).isLessThanOrEqualTo(hint.values().get(TardinessModel.OBJECTIVE));
        System.out.printf("tight16: %s %d (exact %d), bound %s, %s workers%n", r.status(), r.objective(),
                SubsetDpSolver.solve(inst).value(), r.bestBound(), r.stats().get("workers"));
    }

    @Test
    void hintRejectsNonPermutations() {
        TardinessModel model = TardinessModel.compile(PAPER6);
        assertThatThrownBy(() -> model.hint(new JobSequence(new int[] {0, 1, 2}))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> model.hint(new JobSequence(new int[] {0, 1, 2, 3, 4, 4}))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void modelHasTheSpecifiedDomains() {
        var inst = new SingleMachineTardiness("dom", new int[] {2, 5}, new int[] {3, 1}, new int[] {-4, 10});
        TardinessModel model = TardinessModel.compile(inst);
        // P = 7: starts in [0, P − p_j], T_j in [max(0, p_j − d_j), max(0, P − d_j)]
        assertThat(model.interval(0).start().variable(0).domain().min()).isZero();
        assertThat(model.interval(0).start().variable(0).domain().max()).isEqualTo(5);
        assertThat(model.interval(1).start().variable(0).domain().max()).isEqualTo(2);
        assertThat(model.tardiness(0).domain().min()).isEqualTo(6);
        assertThat(model.tardiness(0).domain().max()).isEqualTo(11);
        assertThat(model.tardiness(1).domain().min()).isZero();
        assertThat(model.tardiness(1).domain().max()).isZero();
        assertThat(model.objective().domain().min()).isEqualTo(18);
        assertThat(model.objective().domain().max()).isEqualTo(33);
    }
}
