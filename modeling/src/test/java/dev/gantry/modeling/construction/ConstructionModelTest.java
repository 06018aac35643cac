package dev.gantry.modeling.construction;

import static dev.gantry.modeling.construction.FinishBoundTest.activity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.IntVar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ConstructionModelTest {

    private static Project zoneOfFour() {
        // in zone Z: civil A then elec B (ordered by their dependency), civil C and elec D free
        return new Project("z", LocalDate.of(2026, 1, 5), Calendar.weekdays(new TreeSet<>()), List.of(), List.of(new Zone("Z")),
                List.of(activity("A", 2, "civil", "Z", Map.of()), activity("B", 2, "elec", "Z", Map.of()),
                        activity("C", 1, "civil", "Z", Map.of()), activity("D", 1, "elec", "Z", Map.of())),
                List.of(Dependency.fs("A", "B")));
    }

    @Test
    void zonePairsTheDependenciesAlreadyOrderGetNoDisjunction() {
        ConstructionModel m = ConstructionModel.compile(zoneOfFour());

        assertThat(m.model().variables().stream().map(IntVar::name).filter(n -> n.startsWith("zone/")))
                .containsExactly("zone/Z/A<D", "zone/Z/B<C", "zone/Z/C<D");
    }

    @Test
    void theFinishStartsAtTheResourceBoundAndAHintSetsEveryDecision() {
        ConstructionModel m = ConstructionModel.compile(zoneOfFour());
        ConstructionSchedule plan = new ConstructionSchedule(m.project(), Map.of("A", 0L, "B", 2L, "C", 4L, "D", 5L));

        // zone: civil's longest 2 + elec's longest 2 = 4
        assertThat(m.finishBound().value()).isEqualTo(4);
        assertThat(m.model().variable("finish").orElseThrow().domain().min()).isEqualTo(4);
        assertThat(m.hint(plan).values()).containsEntry("A.start", 0L).containsEntry("zone/Z/A<D", 1L).containsEntry("zone/Z/B<C", 1L)
                .containsEntry("zone/Z/C<D", 1L).containsEntry("finish", 6L);
    }
}
