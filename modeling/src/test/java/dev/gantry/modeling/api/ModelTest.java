package dev.gantry.modeling.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
    private static Model meals() {
        ModelBuilder b = Model.builder("meals");
        IntVar thai = b.intVar("thai", 0, 3);
        IntVar mexican = b.intVar("mexican", 0, 3);
        b.group("budget").label("Costs at most {cap}").add(thai.plus(mexican).le(4));
        b.group("cuisine/Thai").label("Meals include Thai food").weight(2).add(thai.ge(1));
        b.group("cuisine/Mexican").label("Meals include Mexican food").add(mexican.ge(1));
        b.add(thai.le(3));
        return b.build();
    }

    @Test
    void foldingMergesTheGroupsBelowAParentInPlaceWithJoinedLabelsAndSummedWeights() {
        Model folded = meals().folded("cuisine");

        assertThat(folded.groups()).containsExactly(new Group("budget", "Costs at most {cap}", 1),
                new Group("cuisine", "Meals include Thai food; Meals include Mexican food", 3));
        assertThat(folded.constraintsOf(folded.group("cuisine").orElseThrow())).hasSize(2);
        assertThat(folded.constraints()).hasSize(4);
        assertThat(folded.constraints().stream().filter(PostedConstraint::isBackground)).hasSize(1);
    }

    @Test
    void foldingAParentWithoutChildrenIsTheModelItself() {
        Model m = meals();

        assertThat(m.folded("house-rule")).isSameAs(m);
    }

    @Test
    void withoutDropsTheNamedGroupsAndTheirConstraintsAndKeepsTheBackground() {
        Model relaxed = meals().without(List.of("budget", "cuisine/Thai"));

        assertThat(relaxed.groups()).extracting(Group::name).containsExactly("cuisine/Mexican");
        assertThat(relaxed.constraints()).hasSize(2);
        assertThat(relaxed.constraints().stream().filter(PostedConstraint::isBackground)).hasSize(1);
        assertThat(relaxed.variables()).hasSize(2);
    }
}
