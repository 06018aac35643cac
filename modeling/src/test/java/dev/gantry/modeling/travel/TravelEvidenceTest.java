package dev.gantry.modeling.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TravelEvidenceTest {
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 2), LocalDate.of(2022, 3, 3),
            LocalDate.of(2022, 3, 4), LocalDate.of(2022, 3, 5));

    private static Accommodation stay(String name, RoomKind kind, String rules, int minimumNights, String city) {
        return new Accommodation(name, 100, kind, rules, minimumNights, 2, 4.0, city);
    }

    private static CityBlock city(String name, Accommodation... stays) {
        return new CityBlock(name, List.of(), List.of(new Restaurant("Diner " + name, 20, List.of("Mexican"), 4.0, name)), List.of(stays));
    }

    private static TravelQuery query(String dest, int cities, Optional<HouseRule> rule, Optional<RoomType> type,
                                     Optional<TransportRestriction> transport) {
        return new TravelQuery("Home", dest, 5, cities, DAYS, 1, rule, List.of(Cuisine.MEXICAN), type, transport, 5000, "", Level.HARD);
    }

    @Test
    void aFewCitiesAreCountedCityByCityAndRoomTypeWithHouseRuleNamesTheNightsAsked() {
        Sandbox sb = Sandbox.builder(Sandbox.Kind.REFERENCE)
                .city(city("Lubbock", stay("Loft", RoomKind.ENTIRE_HOME, "No pets", 9, "Lubbock"),
                        stay("Cabin", RoomKind.PRIVATE_ROOM, "No smoking", 1, "Lubbock")))
                .city(city("Waco", stay("Barn", RoomKind.ENTIRE_HOME, "No smoking", 1, "Waco"),
                        stay("Attic", RoomKind.SHARED_ROOM, "No pets", 1, "Waco")))
                .build();
        TravelQuery q = query("Texas", 2, Optional.of(HouseRule.SMOKING), Optional.of(RoomType.ENTIRE_ROOM), Optional.empty());

        Map<String, List<String>> evidence = TravelEvidence.of(q, sb, List.of("house-rule", "room-type", "cuisine", "budget"));

        assertThat(evidence).containsOnlyKeys("house-rule", "room-type", "cuisine");
        assertThat(evidence.get("house-rule")).containsExactly("1 of the 2 stays in Lubbock allows smoking",
                "1 of the 2 stays in Waco allows smoking");
        assertThat(evidence.get("room-type")).containsExactly(
                "in Lubbock the only entire room that allows smoking asks at least 9 nights (a stop has at most 3 nights)",
                "in Waco no stay is an entire room that allows smoking");
        assertThat(evidence.get("cuisine")).containsExactly("restaurants serving Mexican food: 1 in Lubbock, 1 in Waco");
        assertThat(TravelEvidence.of(q, sb, List.of("room-type")).get("room-type"))
                .containsExactly("1 of the 2 stays in Lubbock is an entire room", "1 of the 2 stays in Waco is an entire room");
    }

    @Test
    void manyCitiesAreSummedUpByTheCitiesWhereSomeStayQualifies() {
        Sandbox.Builder b = Sandbox.builder(Sandbox.Kind.REFERENCE);
        List<String> names = new ArrayList<>(List.of("A", "B", "C", "D", "E"));
        for (String n : names) {
            b.city(city(n, stay("Home " + n, n.equals("C") ? RoomKind.SHARED_ROOM : RoomKind.ENTIRE_HOME, "No pets", 1, n),
                    stay("Flat " + n, RoomKind.PRIVATE_ROOM, "No pets", 1, n)));
        }
        Sandbox sb = b.build();

        TravelQuery shared = query("State", 3, Optional.of(HouseRule.PETS), Optional.of(RoomType.SHARED_ROOM), Optional.empty());
        assertThat(TravelEvidence.of(shared, sb, List.of("room-type")).get("room-type"))
                .containsExactly("1 of the 5 candidate cities has stays that are shared rooms: C (1 of 2)");
        assertThat(TravelEvidence.of(shared, sb, List.of("house-rule")).get("house-rule"))
                .containsExactly("none of the 10 stays in the 5 candidate cities allow pets");
    }

    @Test
    void transportNamesTheLegsOnlyTheForbiddenModeServes() {
        Sandbox sb = Sandbox.builder(Sandbox.Kind.REFERENCE)
                .city(city("Rockford", stay("Loft", RoomKind.ENTIRE_HOME, "No pets", 1, "Rockford")))
                .flight(new Flight("F1", 100, LocalTime.of(8, 0), LocalTime.of(10, 0), "2 hours", DAYS.get(0), "Home", "Rockford", 900))
                .flight(new Flight("F2", 100, LocalTime.of(8, 0), LocalTime.of(10, 0), "2 hours", DAYS.get(2), "Rockford", "Home", 900))
                .route(new GroundRoute(TransportMode.TAXI, "Rockford", "Home", "9 hours", "900 km", 900, 900))
                .build();
        TravelQuery noFlight = new TravelQuery("Home", "Rockford", 3, 1, DAYS.subList(0, 3), 1, Optional.empty(), List.of(),
                Optional.empty(), Optional.of(TransportRestriction.NO_FLIGHT), 5000, "", Level.MEDIUM);

        assertThat(TravelEvidence.of(noFlight, sb, List.of("transportation")).get("transportation"))
                .containsExactly("Home to Rockford: only flights, no other way");
        TravelQuery alone = new TravelQuery("Home", "Rockford", 3, 1, DAYS.subList(0, 3), 1, Optional.empty(), List.of(),
                Optional.of(RoomType.ENTIRE_ROOM), Optional.empty(), 5000, "", Level.MEDIUM);
        assertThat(TravelEvidence.of(alone, sb, List.of("room-type")).get("room-type")).containsExactly("the only stay in Rockford is an entire room");
    }
}
