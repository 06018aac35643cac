package dev.gantry.modeling.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.modeling.api.InputFormatException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryOverrideTest {
    private static final TravelQuery QUERY = new TravelQuery("Houston", "Texas", 5, 2,
            List.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 2), LocalDate.of(2022, 3, 3), LocalDate.of(2022, 3, 4),
                    LocalDate.of(2022, 3, 5)), 2, Optional.of(HouseRule.PETS), List.of(Cuisine.FRENCH), Optional.empty(),
            Optional.empty(), 1500, "", Level.MEDIUM);

    private static TravelQuery set(String... assignments) {
        return QueryOverride.applyAll(QUERY, QueryOverride.parseAll(List.of(assignments)));
    }

    @Test
    void eachFieldTakesItsTypedValue() {
        TravelQuery q = set("budget=1200", "people_number=3", "room type=shared room", "house_rule=null",
                "transportation=no flight", "cuisine=Mexican, Indian", "visiting_city_number=3", "days=7", "date=2022-04-01",
                "dest=Colorado");
        assertThat(q.budget()).isEqualTo(1200);
        assertThat(q.people()).isEqualTo(3);
        assertThat(q.roomType()).contains(RoomType.SHARED_ROOM);
        assertThat(q.houseRule()).isEmpty();
        assertThat(q.transport()).contains(TransportRestriction.NO_FLIGHT);
        assertThat(q.cuisines()).containsExactly(Cuisine.MEXICAN, Cuisine.INDIAN);
        assertThat(q.visitingCityNumber()).isEqualTo(3);
        assertThat(q.dates()).hasSize(7).startsWith(LocalDate.of(2022, 4, 1)).endsWith(LocalDate.of(2022, 4, 7));
        assertThat(q.dest()).isEqualTo("Colorado");
        assertThat(set("cuisine=null").cuisines()).isEmpty();
        assertThat(set("budget=1", "budget=2").budget()).isEqualTo(2);
    }

    @Test
    void badOverridesNameTheFieldAndTheAcceptedValues() {
        assertThatThrownBy(() -> set("budget=lots")).isInstanceOf(InputFormatException.class)
                .hasMessage("--set: budget: expected a whole number, got 'lots'");
        assertThatThrownBy(() -> set("people_number=9")).hasMessage("--set: people_number: expected a number in 1..8, got 9");
        assertThatThrownBy(() -> set("room type=castle"))
                .hasMessage("--set: room type: 'castle' is not one of null, shared room, not shared room, private room, entire room");
        assertThatThrownBy(() -> set("cuisine=Thai")).hasMessageContaining("'Thai' is not one of null, Chinese");
        assertThatThrownBy(() -> set("visiting_city_number=5")).hasMessageContaining("visiting_city_number: a query needs 1 <= visiting_city_number < days");
        assertThatThrownBy(() -> QueryOverride.parse("budget")).hasMessage("--set: budget: expected field=value, e.g. budget=1200");
        assertThatThrownBy(() -> QueryOverride.parse("colour=red")).hasMessageStartingWith("--set: colour: unknown query field; use one of budget,");
    }
}
