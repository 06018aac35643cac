package dev.gantry.modeling.travel;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TravelTypesTest {
    @Test
    void transportTextsParseAndPrint() {
        TransportText f = TransportText.parse("Flight Number: F3573659, from St. Petersburg to Rockford, Departure Time: 15:40, Arrival Time: 17:04").orElseThrow();
        assertThat(f.mode()).isEqualTo(TransportMode.FLIGHT);
        assertThat(f.flightNumber()).contains("F3573659");
        assertThat(f.from().name()).isEqualTo("St. Petersburg");
        assertThat(f.arrival()).contains("17:04");
        TransportText g = TransportText.parse("Self-driving, from Houston to Salt Lake City(Utah), duration: 22 hours 21 mins, distance: 2,377 km, cost: 2377").orElseThrow();
        assertThat(g.mode()).isEqualTo(TransportMode.SELF_DRIVING);
        assertThat(g.to()).isEqualTo(new CityName("Salt Lake City", Optional.of("Utah")));
        assertThat(g.distance()).contains("2,377 km");
        assertThat(g.cost()).contains("2377");
        assertThat(TransportText.parse("taxi, from A to B").orElseThrow().mode()).isEqualTo(TransportMode.TAXI);
        assertThat(TransportText.parse("by boat to B")).isEmpty();

        Flight flight = new Flight("F1", 101, LocalTime.of(9, 5), LocalTime.of(0, 42), "1 hours", LocalDate.of(2022, 3, 20), "A", "B", 438);
        assertThat(TransportText.of(flight)).isEqualTo("Flight Number: F1, from A to B, Departure Time: 09:05, Arrival Time: 00:42");
        GroundRoute route = new GroundRoute(TransportMode.TAXI, "A", "B", "1 hour 2 mins", "1,871 km", 1871, 1871);
        assertThat(TransportText.parse(TransportText.of(route)).orElseThrow().cost()).contains("1871");
    }

    @Test
    void entitiesSplitAtTheLastCommaAndCitiesAtTheirStateSuffix() {
        PlaceRef stay = PlaceRef.parse("Stylish, convenient, renovated- 2 min to subway -, Appleton(Wisconsin)").orElseThrow();
        assertThat(stay.name()).isEqualTo("Stylish, convenient, renovated- 2 min to subway -");
        assertThat(stay.city()).isEqualTo(new CityName("Appleton", Optional.of("Wisconsin")));
        assertThat(PlaceRef.parse("no comma")).isEmpty();
        CurrentCity cc = CurrentCity.parse("from San Antonio(Texas) to Houston(Texas)");
        assertThat(cc.travel()).isTrue();
        assertThat(cc.last().name()).isEqualTo("Houston");
        assertThat(cc.text()).isEqualTo("from San Antonio(Texas) to Houston(Texas)");
        assertThat(CurrentCity.parse("Rockford").travel()).isFalse();
    }

    @Test
    void pricesFollowTheVehicleAndOccupancyRules() {
        assertThat(TransportMode.SELF_DRIVING.vehicles(6)).isEqualTo(2);
        assertThat(TransportMode.TAXI.vehicles(4)).isEqualTo(1);
        assertThat(TransportMode.TAXI.vehicles(5)).isEqualTo(2);
        assertThat(GroundRoute.costPerVehicle(TransportMode.SELF_DRIVING, 1863)).isEqualTo(93);
        assertThat(GroundRoute.kilometres("12.5 km")).isEqualTo(12.5);
        Accommodation a = new Accommodation("X", 120, RoomKind.PRIVATE_ROOM, "No pets & No parties", 2, 2, 4.0, "C");
        assertThat(a.nightCost(5)).isEqualTo(360);
        assertThat(a.forbids(HouseRule.PETS)).isTrue();
        assertThat(a.forbids(HouseRule.SMOKING)).isFalse();
        assertThat(a.complete()).isTrue();
        assertThat(new Accommodation("X", null, RoomKind.SHARED_ROOM, null, 1, 1, null, "C").complete()).isFalse();
        assertThat(RoomType.NOT_SHARED_ROOM.admits(RoomKind.ENTIRE_HOME)).isTrue();
        assertThat(RoomType.ENTIRE_ROOM.admits(RoomKind.PRIVATE_ROOM)).isFalse();
    }

    @Test
    void queriesKeepTheirDatesConsecutive() {
        List<LocalDate> dates = List.of(LocalDate.of(2022, 3, 20), LocalDate.of(2022, 3, 21), LocalDate.of(2022, 3, 22));
        TravelQuery q = new TravelQuery("Houston", "Fayetteville", 3, 1, dates, 2, Optional.empty(), List.of(Cuisine.FRENCH),
                Optional.empty(), Optional.of(TransportRestriction.NO_FLIGHT), 1500, "", Level.EASY);
        assertThat(q.localConstraintCount()).isEqualTo(2);
        assertThat(q.withStart(LocalDate.of(2022, 4, 1)).date(3)).isEqualTo(LocalDate.of(2022, 4, 3));
        assertThatThrownBy(() -> new TravelQuery("Houston", "Fayetteville", 3, 1, List.of(dates.get(0), dates.get(2), dates.get(1)), 2,
                Optional.empty(), List.of(), Optional.empty(), Optional.empty(), 1500, "", Level.EASY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("consecutive");
    }
}
