package dev.gantry.modeling.jobshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.NoOverlap;
import dev.gantry.modeling.api.PostedConstraint;
import dev.gantry.modeling.api.ReferenceSemantics;
import dev.gantry.modeling.api.Solution;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobShopTest {

    /** J0: M0 3, M1 2; J1: M1 4, M0 1; J2: M0 4. */
    private static JobShop tiny() {
        return new JobShop("tiny", 2, List.of(
                List.of(new Operation(0, 3), new Operation(1, 2)),
                List.of(new Operation(1, 4), new Operation(0, 1)),
                List.of(new Operation(0, 4))));
    }

    /** M0: J2.O0 [0,4), J0.O0 [4,7), J1.O1 [7,8); M1: J1.O0 [0,4), J0.O1 [7,9). */
    private static final long[][] STARTS = {{4, 7}, {0, 7}, {0}};

    @Test
    void machineOutOfRangeIsRejected() {
        List<List<Operation>> jobs = List.of(List.of(new Operation(0, 1)), List.of(new Operation(2, 3)));

        assertThatThrownBy(() -> new JobShop("bad", 2, jobs)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("job 1 operation 0 uses machine 2 but the instance has machines 0..1");
    }

    @Test
    void machineCountAndOperationsAreValidated() {
        assertThatThrownBy(() -> new JobShop("bad", 0, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("job shop bad needs at least one machine, got 0");
        assertThatThrownBy(() -> new Operation(-1, 2)).isInstanceOf(IllegalArgumentException.class).hasMessage("machine -1 < 0");
        assertThatThrownBy(() -> new Operation(0, -1)).isInstanceOf(IllegalArgumentException.class).hasMessage("duration -1 < 0");
    }

    @Test
    void instanceCopiesItsJobs() {
        List<Operation> job = new ArrayList<>(List.of(new Operation(0, 3)));
        JobShop shop = new JobShop("copy", 1, List.of(job));
        job.add(new Operation(0, 5));

        assertThat(shop.operationCount()).isEqualTo(1);
    }

    @Test
    void countsAndTrivialLowerBound() {
        JobShop shop = tiny();

        assertThat(shop.jobCount()).isEqualTo(3);
        assertThat(shop.operationCount()).isEqualTo(5);
        assertThat(shop.totalDuration()).isEqualTo(14);
        assertThat(shop.operation(1, 1)).isEqualTo(new Operation(0, 1));
        // longest job 5 (J0 and J1); machine loads M0 = 3 + 1 + 4 = 8, M1 = 2 + 4 = 6
        assertThat(shop.trivialLowerBound()).isEqualTo(8);
    }

    @Test
    void trivialLowerBoundCanComeFromTheLongestJob() {
        JobShop shop = new JobShop("long-job", 2, List.of(
                List.of(new Operation(0, 5), new Operation(1, 5)),
                List.of(new Operation(1, 1))));

        // job J0 takes 10; machine loads are 5 and 6
        assertThat(shop.trivialLowerBound()).isEqualTo(10);
    }

    @Test
    void scheduleFromStartsGivesEndsMakespanAndMachineSequences() {
        JobShopSchedule plan = JobShopSchedule.fromStarts(tiny(), STARTS);

        assertThat(plan.operations()).containsExactly(
                new ScheduledOperation(0, 0, 0, 4, 7), new ScheduledOperation(0, 1, 1, 7, 9),
                new ScheduledOperation(1, 0, 1, 0, 4), new ScheduledOperation(1, 1, 0, 7, 8),
                new ScheduledOperation(2, 0, 0, 0, 4));
        assertThat(plan.makespan()).isEqualTo(9);
        assertThat(plan.onMachine(0)).containsExactly(new ScheduledOperation(2, 0, 0, 0, 4),
                new ScheduledOperation(0, 0, 0, 4, 7), new ScheduledOperation(1, 1, 0, 7, 8));
        assertThat(plan.onMachine(1)).extracting(ScheduledOperation::id).containsExactly("J1.O0", "J0.O1");
        assertThat(JobShopSchedule.fromStarts(new JobShop("none", 1, List.of()), new long[0][]).makespan()).isZero();
    }

    @Test
    void compiledModelHasOrderAndMachineGroupsWithTheirLabels() {
        JobShopModel jm = JobShopModel.compile(tiny());
        Model model = jm.model();
        IntervalVar j0o0 = jm.scheduling().interval("J0.O0");
        IntervalVar j0o1 = jm.scheduling().interval("J0.O1");
        IntervalVar j1o0 = jm.scheduling().interval("J1.O0");
        IntervalVar j1o1 = jm.scheduling().interval("J1.O1");
        IntervalVar j2o0 = jm.scheduling().interval("J2.O0");
        Group order0 = new Group("order/J0", "Job J0 keeps its operation order", 1);
        Group order1 = new Group("order/J1", "Job J1 keeps its operation order", 1);
        Group machine0 = new Group("machine/M0", "Machine M0 does one job at a time", 1);
        Group machine1 = new Group("machine/M1", "Machine M1 does one job at a time", 1);

        // J2 has a single operation, so there is no order/J2 group
        assertThat(model.groups()).containsExactly(order0, order1, machine0, machine1);
        assertThat(model.constraints()).containsExactly(
                new PostedConstraint(j0o1.start().ge(j0o0.end()), order0),
                new PostedConstraint(j1o1.start().ge(j1o0.end()), order1),
                new PostedConstraint(Constraints.noOverlap(List.of(j0o0, j1o1, j2o0)), machine0),
                new PostedConstraint(Constraints.noOverlap(List.of(j0o1, j1o0)), machine1),
                new PostedConstraint(Constraints.maxOf(jm.scheduling().objective(), j0o1.end(), j1o1.end(), j2o0.end()), null));
    }

    @Test
    void zeroDurationOperationsAreLeftOutOfTheirMachine() {
        JobShop shop = new JobShop("zero", 1, List.of(List.of(new Operation(0, 2), new Operation(0, 0)),
                List.of(new Operation(0, 3))));
        JobShopModel jm = JobShopModel.compile(shop);

        NoOverlap machine = (NoOverlap) jm.model().constraintsOf(jm.model().group("machine/M0").orElseThrow()).get(0).constraint();

        assertThat(machine.intervals()).extracting(IntervalVar::name).containsExactly("J0.O0", "J1.O0");
    }

    @Test
    void decodeAndHintRoundTrip() {
        JobShop shop = tiny();
        JobShopModel jm = JobShopModel.compile(shop);
        Model model = jm.model();
        assertThat(model.variables()).extracting(IntVar::name)
                .containsExactly("J0.O0.start", "J0.O1.start", "J1.O0.start", "J1.O1.start", "J2.O0.start", "makespan");
        Solution s = new Solution(model, new long[] {4, 7, 0, 7, 0, 9});
        assertThat(ReferenceSemantics.check(s)).isEmpty();

        JobShopSchedule plan = jm.decode(s);

        assertThat(plan).isEqualTo(JobShopSchedule.fromStarts(shop, STARTS));
        assertThat(jm.hint(plan).values()).containsExactly(entry("J0.O0.start", 4L), entry("J0.O1.start", 7L),
                entry("J1.O0.start", 0L), entry("J1.O1.start", 7L), entry("J2.O0.start", 0L), entry("makespan", 9L));
    }

    @Test
    void overlappingPlanIsRejectedByReferenceSemanticsOnTheMachineGroup() {
        JobShopModel jm = JobShopModel.compile(tiny());

        // J2.O0 moved to [3,7): overlaps J0.O0 [4,7) on M0
        Solution s = new Solution(jm.model(), new long[] {4, 7, 0, 7, 3, 9});

        assertThat(ReferenceSemantics.check(s)).extracting(v -> v.groupName()).containsExactly("machine/M0");
    }
}
