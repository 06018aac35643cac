package dev.gantry.modeling.travel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Model;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The model's shape on a hand-made sandbox: groups and labels (M3, M4) and the offered labels (M1). */
class TravelProblemTest {
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 2), LocalDate.of(2022, 3, 3));

    private static Restaurant restaurant(String name, int cost) {
        return new Restaurant(name, cost, List.of("French"), 4.0, "Rockford");
    }

    private static Accommodation stay(String name, Integer price) {
        return new Accommodation(name, price, RoomKind.PRIVATE_ROOM, "No pets", 1, 2, 4.5, "Rockford");
    }

    private static Sandbox sandbox() {
        return Sandbox.builder(Sandbox.Kind.REFERENCE)
                .city(new CityBlock("Rockford", List.of(new Attraction("Museum", 0, 0, "", "", "", "Rockford"),
                        new Attraction("Park; Garden", 0, 0, "", "", "", "Rockford")),
                        List.of(restaurant("Subway", 10), restaurant("Subway", 12), restaurant("Pizza Hut", 20),
                                restaurant("Pizza Hut Delivery", 25), restaurant("Cafe\nBleu", 30), restaurant("Bistro", 40)),
                        List.of(stay("Loft", 100), stay("Loft by the river", 90), stay("Barn", null), stay("Cabin", 80))))
                .build();
    }

    @Test
    void onlyLabelsThatResolveToOneRecordInBothModesAreOffered() {
        TravelQuery q = new TravelQuery("Chicago", "Rockford", 3, 1, DATES, 1, Optional.empty(), List.of(), Optional.empty(),
                Optional.empty(), 1000, "", Level.EASY);
        OfferedRecords offer = OfferedRecords.of(q, sandbox());

        assertThat(offer.cities()).containsExactly("Rockford");
        // Subway twice, "Pizza Hut" inside "Pizza Hut Delivery", a line break: not offered
        assertThat(offer.restaurants()).extracting(Restaurant::name).containsExactly("Pizza Hut Delivery", "Bistro");
        assertThat(offer.attractions()).extracting(Attraction::name).containsExactly("Museum");
        // "Loft" inside "Loft by the river"; Barn has no price
        assertThat(offer.stays()).extracting(Accommodation::name).containsExactly("Loft by the river", "Cabin");
    }

    @Test
    void everyConstraintSitsInARuleOrRequirementGroup() {
        TravelQuery q = new TravelQuery("Chicago", "Rockford", 3, 1, DATES, 2, Optional.of(HouseRule.PETS),
                List.of(Cuisine.FRENCH, Cuisine.CHINESE), Optional.of(RoomType.NOT_SHARED_ROOM), Optional.of(TransportRestriction.NO_FLIGHT),
                1234, "", Level.HARD);
        TravelProblem tp = TravelProblem.of(q, sandbox());
        Model m = tp.model(TravelObjective.CHEAPEST);

        assertThat(tp.requirementGroups()).extracting(Group::name).containsExactly("budget", "house-rule", "room-type",
                "cuisine/French", "cuisine/Chinese", "transportation", "destination");
        assertThat(tp.requirementGroups()).extracting(g -> g.labelIn(m)).containsExactly("The trip costs at most $1234",
                "Every stay allows pets", "Every stay is a not shared room", "Meals include French food", "Meals include Chinese food",
                "No flights", "Stay in Rockford");
        assertThat(tp.ruleGroups()).extracting(Group::name).containsExactlyElementsOf(TravelProblem.RULE_GROUPS);
        assertThat(m.constraints()).noneMatch(c -> c.isBackground());
        assertThat(m.paramValue(m.param("budget").orElseThrow())).isEqualTo(1234);
        // requirement groups hold only linear constraints, which every backend can switch off by an assumption literal
        for (Group g : tp.requirementGroups()) {
            assertThat(m.constraintsOf(g)).allMatch(c -> c.constraint().kind() == dev.gantry.modeling.api.ConstraintKind.LINEAR);
        }
        // one per stop for the house rule and the room type (not shared: one kind excluded), one per leg for transport
        assertThat(m.constraintsOf(m.group("house-rule").orElseThrow())).hasSize(1);
        assertThat(m.constraintsOf(m.group("room-type").orElseThrow())).hasSize(1);
        assertThat(m.constraintsOf(m.group("transportation").orElseThrow())).hasSize(2);
        assertThat(m.objective()).isPresent();
        assertThat(tp.model(TravelObjective.NONE).objective()).isEmpty();
        assertThat(tp.model(TravelObjective.BEST_RATED).objective().orElseThrow().first().sense()).isEqualTo(dev.gantry.modeling.api.Sense.MAXIMIZE);
    }
}
