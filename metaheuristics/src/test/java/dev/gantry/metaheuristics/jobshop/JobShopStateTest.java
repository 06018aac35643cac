package dev.gantry.metaheuristics.jobshop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.jobshop.BundledInstances;
import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.Start;
import dev.gantry.metaheuristics.sa.Termination;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.verify.jobshop.JobShopVerifier;
import org.junit.jupiter.api.Test;

class JobShopStateTest {
    private static final JobShop FT06 = BundledInstances.jobShop("ft06").orElseThrow();

    @Test
    void checkpointedDeltasMatchAFullDecode() {
        AnnealingResult<OperationSequence> r = Annealer.run(new JobShopAnnealing(FT06),
                AnnealingConfig.builder(Termination.proposals(20_000)).start(Start.NAIVE).debugChecks(true).build());
        assertThat(JobShopDecoder.semiActive(FT06, r.best()).makespan()).isEqualTo((long) r.bestObjective());
        assertThat(r.chains().get(0).drift()).isZero();
    }

    @Test
    void annealingFindsFt06sOptimumAndTheScheduleVerifies() {
        AnnealingResult<OperationSequence> r = Annealer.run(new JobShopAnnealing(FT06),
                AnnealingConfig.builder(Termination.proposals(300_000).withTarget(55)).seed(3).build());
        JobShopSchedule plan = JobShopDecoder.semiActive(FT06, r.best());
        assertThat(plan.makespan()).isEqualTo(55);
        assertThat(JobShopVerifier.verify(plan).valid()).isTrue();
    }

    @Test
    void theActiveDecodingIsNeverLaterThanTheSemiActiveOne() {
        int[] order = JobShopDecoder.levelOrder(FT06);
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int trial = 0; trial < 50; trial++) {
            dev.gantry.metaheuristics.sa.Permutations.shuffle(order, random);
            OperationSequence s = new OperationSequence(order);
            JobShopSchedule active = JobShopDecoder.active(FT06, s);
            assertThat(JobShopVerifier.verify(active).valid()).isTrue();
            assertThat(active.makespan()).isLessThanOrEqualTo(JobShopDecoder.semiActive(FT06, s).makespan());
            assertThat(JobShopDecoder.semiActive(FT06, JobShopDecoder.byStart(active)).makespan()).isEqualTo(active.makespan());
        }
    }
}
