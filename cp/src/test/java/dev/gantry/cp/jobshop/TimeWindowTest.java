package dev.gantry.cp.jobshop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.jobshop.BundledInstances;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.modeling.jobshop.ScheduledOperation;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tails summarise the operations after a window exactly: on random windows of a plan, the incumbent solves the
 * subproblem with the plan's own makespan, and keeping its order gives back the plan.
 */
class TimeWindowTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ft06", "ft10", "la01"})
    void theIncumbentSolvesEveryWindowWithThePlansMakespan(String name) {
        JobShop shop = BundledInstances.jobShop(name).orElseThrow();
        JobShopSchedule plan = MachineSequences.of(JobShopHybridTest.jobByJob(shop)).leftJustified();
        MachineSequences sequences = MachineSequences.of(plan);
        long[] starts = plan.operations().stream().mapToLong(ScheduledOperation::start).sorted().toArray();
        SplittableRandom random = new SplittableRandom(3);
        for (int trial = 0; trial < 50; trial++) {
            long from = starts[random.nextInt(starts.length)];
            long to = from + 1 + random.nextLong(plan.makespan());
            TimeWindow window = new TimeWindow(sequences, plan, from, to);
            TimeWindow.Subproblem sub = window.subproblem("w", plan.makespan());

            assertThat(sub.problem().evaluate(sub.incumbent())).as("window [%d, %d)", from, to).isEqualTo(plan.makespan());
            assertThat(window.reordered(sub.incumbent()).leftJustified()).isEqualTo(plan);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ft06", "la01"})
    void leftJustifyingAPlansMachineOrdersKeepsAnActiveDispatchAsItIs(String name) {
        JobShop shop = BundledInstances.jobShop(name).orElseThrow();
        JobShopSchedule plan = JobShopHybridTest.jobByJob(shop);

        JobShopSchedule again = MachineSequences.of(plan).leftJustified();

        assertThat(again.makespan()).isLessThanOrEqualTo(plan.makespan());
        assertThat(MachineSequences.of(again).leftJustified()).isEqualTo(again);
    }
}
