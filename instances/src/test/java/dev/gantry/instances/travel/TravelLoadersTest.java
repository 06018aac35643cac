package dev.gantry.instances.travel;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.Accommodation;
import dev.gantry.modeling.travel.Attraction;
import dev.gantry.modeling.travel.CityBlock;
import dev.gantry.modeling.travel.Cuisine;
import dev.gantry.modeling.travel.HouseRule;
import dev.gantry.modeling.travel.Level;
import dev.gantry.modeling.travel.RoomKind;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TransportMode;
import dev.gantry.modeling.travel.TransportRestriction;
import dev.gantry.modeling.travel.TravelQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TravelLoadersTest {
    static final List<String> EXAMPLES = List.of("01", "06", "11", "16", "21", "26", "31", "36", "41");
    private static Sandbox database;

    @BeforeAll
    static void readDatabase() throws IOException {
        Path dir = TestData.require("travel/database");
        database = DatabaseReader.read(dir, Optional.empty());
    }

    @Test
    void databaseHoldsTheCountsOfProvenance() throws IOException {
        List<Accommodation> stays = database.cities().stream().flatMap(c -> database.accommodations(c).stream()).toList();
        assertThat(stays).hasSize(5047);
        assertThat(stays.stream().filter(Accommodation::complete)).hasSize(4285);
        assertThat(stays.stream().filter(s -> s.roomKind() == RoomKind.ENTIRE_HOME)).hasSize(2620);
        assertThat(stays.stream().filter(s -> s.roomKind() == RoomKind.PRIVATE_ROOM)).hasSize(2307);
        assertThat(stays.stream().filter(s -> s.roomKind() == RoomKind.SHARED_ROOM)).hasSize(120);
        assertThat(stays.stream().filter(s -> s.houseRules() == null)).hasSize(710);
        assertThat(stays.stream().filter(s -> s.name().contains("\n"))).hasSize(13);
        assertThat(stays.stream().map(Accommodation::city).distinct()).hasSize(355);
        assertThat(stays.stream().mapToInt(s -> s.price() == null ? 600 : s.price()).min().getAsInt()).isEqualTo(50);
        assertThat(stays.stream().mapToInt(s -> s.price() == null ? 0 : s.price()).max().getAsInt()).isEqualTo(1200);

        assertThat(database.cities().stream().mapToInt(c -> database.restaurants(c).size()).sum()).isEqualTo(9551);
        assertThat(database.cities().stream().filter(c -> !database.restaurants(c).isEmpty())).hasSize(315);
        assertThat(database.cities().stream().mapToInt(c -> database.attractions(c).size()).sum()).isEqualTo(5302);
        assertThat(database.cities().stream().filter(c -> !database.attractions(c).isEmpty())).hasSize(280);
        assertThat(database.cities().stream().mapToInt(c -> database.attractions(c).size()).max().getAsInt()).isEqualTo(20);

        assertThat(database.cityList()).isPresent();
        assertThat(database.cityList().get().stateOfCity()).hasSize(312);
        assertThat(database.cityList().get().stateOfCity().values().stream().distinct()).hasSize(64);
        assertThat(database.cityList().get().citiesIn("Texas")).hasSize(23);
        assertThat(database.cityList().get().citiesIn("California")).hasSize(21);
        assertThat(database.cityList().get().citiesIn("New York")).hasSize(16);
        long listedWithoutAttractions = database.cityList().get().stateOfCity().keySet().stream()
                .filter(c -> database.attractions(c).isEmpty()).count();
        assertThat(listedWithoutAttractions).isEqualTo(35);

        Path distances = TestData.require("travel/database/" + DatabaseReader.DISTANCES);
        assertThat(DatabaseReader.csv(distances, List.of("origin")).rows()).hasSize(17602);
        // 14,084 rows are usable; the first row of each of the 16,156 pairs decides, and 12,799 of those are usable
        assertThat(DatabaseReader.routes(distances)).hasSize(2 * 12799);
        assertThat(database.flightsKnown()).isFalse();
    }

    @Test
    void databaseRoutesFollowTheRouteRule() {
        var drive = database.route("Houston", "Fayetteville", TransportMode.SELF_DRIVING).orElseThrow();
        var taxi = database.route("Houston", "Fayetteville", TransportMode.TAXI).orElseThrow();
        assertThat(drive.km()).isEqualTo(1871.0);
        assertThat(drive.costPerVehicle()).isEqualTo(93);
        assertThat(taxi.costPerVehicle()).isEqualTo(1871);
        assertThat(database.route("St. Petersburg", "Rockford", TransportMode.SELF_DRIVING)).isEmpty();
    }

    @Test
    void nineReferencesAndThreeRowsParseAndTheir24CityBlocksEqualTheDatabase() throws IOException {
        int blocks = 0;
        for (String nn : EXAMPLES) {
            Sandbox ref = ReferenceReader.read(TestData.require("travel/examples/train_" + nn + "/reference.json"));
            assertThat(ref.kind()).isEqualTo(Sandbox.Kind.REFERENCE);
            assertThat(ref.flightsKnown()).isTrue();
            for (String city : ref.cities()) {
                assertSameAsDatabase(ref.block(city).orElseThrow(), false);
                blocks++;
            }
        }
        assertThat(blocks).isEqualTo(18);
        List<ValidationRows.Row> rows = ValidationRows.read(TestData.require("travel/examples/validation_3rows.csv"));
        assertThat(rows).extracting(r -> r.query().org()).containsExactly("St. Petersburg", "Killeen", "Indianapolis");
        assertThat(rows).extracting(r -> r.query().dest()).containsExactly("Appleton", "Texas", "North Carolina");
        assertThat(rows).extracting(r -> r.query().budget()).containsExactly(1200, 3500, 6500);
        assertThat(rows.get(1).query().dates()).first().isEqualTo(LocalDate.of(2022, 3, 3));
        assertThat(rows.get(0).diagnostics()).anyMatch(d -> d.contains("date: Python literal"));
        for (ValidationRows.Row row : rows) {
            for (String city : row.sandbox().cities()) {
                assertSameAsDatabase(row.sandbox().block(city).orElseThrow(), true);
                blocks++;
            }
        }
        assertThat(blocks).isEqualTo(24);
        Sandbox killeen = rows.get(1).sandbox();
        assertThat(killeen.cities()).containsExactly("Dallas", "El Paso");
        assertThat(killeen.flights("Killeen", "Dallas", LocalDate.of(2022, 3, 3))).isNotEmpty();
        assertThat(killeen.flights("El Paso", "Killeen", LocalDate.of(2022, 3, 7))).isEmpty();
        assertThat(killeen.route("Killeen", "Dallas", TransportMode.TAXI)).isPresent();
        assertThat(rows.get(0).sandbox().flights("St. Petersburg", "Appleton", LocalDate.of(2022, 3, 19)))
                .singleElement().satisfies(f -> {
                    assertThat(f.number()).isEqualTo("F3574992");
                    assertThat(f.price()).isEqualTo(542);
                    assertThat(f.arrival()).hasToString("00:42");
                });
    }

    /** The block's lists equal the database rows of its city in file order; stays: complete records only. */
    private static void assertSameAsDatabase(CityBlock block, boolean printedTable) {
        String city = block.city();
        assertThat(block.restaurants()).as("restaurants of " + city).isEqualTo(database.restaurants(city));
        assertThat(block.accommodations()).as("stays of " + city)
                .isEqualTo(database.accommodations(city).stream().filter(Accommodation::complete).toList());
        // pandas prints coordinates with 6 decimals in the table form
        assertThat(block.attractions().stream().map(a -> printedTable ? rounded(a) : a).toList()).as("attractions of " + city)
                .isEqualTo(database.attractions(city).stream().map(a -> printedTable ? rounded(a) : a).toList());
        assertThat(block.restaurants()).isNotEmpty();
        assertThat(block.accommodations()).isNotEmpty();
    }

    private static Attraction rounded(Attraction a) {
        return new Attraction(a.name(), sixDecimals(a.latitude()), sixDecimals(a.longitude()), a.address(), a.phone(), a.website(),
                a.city());
    }

    private static double sixDecimals(double x) {
        return new java.math.BigDecimal(x).setScale(6, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    @Test
    void queryReadsTheStructuredFields() throws IOException {
        TravelQuery q = TravelQueryReader.read(TestData.require("travel/examples/train_31/query.json"));
        assertThat(q.org()).isEqualTo("Houston");
        assertThat(q.days()).isEqualTo(3);
        assertThat(q.people()).isEqualTo(2);
        assertThat(q.houseRule()).contains(HouseRule.CHILDREN_UNDER_10);
        assertThat(q.cuisines()).containsExactly(Cuisine.AMERICAN, Cuisine.MEDITERRANEAN, Cuisine.FRENCH, Cuisine.CHINESE);
        assertThat(q.roomType()).isEmpty();
        assertThat(q.transport()).contains(TransportRestriction.NO_SELF_DRIVING);
        assertThat(q.level()).isEqualTo(Level.HARD);
        assertThat(q.localConstraintCount()).isEqualTo(3);
    }

    @Test
    void olderSpellingsAreNormalisedWithADiagnostic() {
        String old = """
                {"org": "Houston", "dest": "Fayetteville", "days": 3, "visiting city number": 1,
                 "date": "['2022-03-20', '2022-03-21', '2022-03-22']", "people number": 2,
                 "house rule": "pets", "cuisine": null, "room type": "private room", "transportation": null,
                 "budget": 1500, "query": "q", "level": "middle"}
                """;
        List<String> diagnostics = new ArrayList<>();
        TravelQuery q = TravelQueryReader.parse("old.json", old, diagnostics);
        assertThat(q.visitingCityNumber()).isEqualTo(1);
        assertThat(q.people()).isEqualTo(2);
        assertThat(q.houseRule()).contains(HouseRule.PETS);
        assertThat(q.level()).isEqualTo(Level.MEDIUM);
        assertThat(diagnostics).anyMatch(d -> d.startsWith("old.json:1: visiting city number: read as"))
                .anyMatch(d -> d.contains("level: 'middle' read as 'medium'"))
                .anyMatch(d -> d.contains("moved under 'local_constraint'"));
    }

    @Test
    void badQueriesNameFileLineAndField() {
        assertThatThrownBy(() -> TravelQueryReader.parse("q.json", "{\"org\": \"Houston\",\n \"dest\": }", new ArrayList<>()))
                .isInstanceOf(InputFormatException.class).hasMessageStartingWith("q.json:2: json: malformed JSON");
        String outOfOrder = """
                {"org": "Houston", "dest": "Fayetteville", "days": 3, "visiting_city_number": 1,
                 "date": ["2022-03-20", "2022-03-22", "2022-03-21"], "people_number": 2,
                 "local_constraint": {"house rule": null, "cuisine": null, "room type": null, "transportation": null},
                 "budget": 1500}
                """;
        assertThatThrownBy(() -> TravelQueryReader.parse("q.json", outOfOrder, new ArrayList<>()))
                .hasMessage("q.json:2: date: date[1]: 2022-03-22 does not follow 2022-03-20 (the dates must be consecutive days in order)");
        assertThatThrownBy(() -> TravelQueryReader.parse("q.json", outOfOrder.replace("\"2022-03-22\", \"2022-03-21\"", "\"2022-03-21\", \"2022-03-22\"").replace("\"house rule\": null",
                "\"house rule\": \"dancing\""), new ArrayList<>()))
                .hasMessageContaining("q.json:3: local_constraint: house rule: unknown value 'dancing'");
    }

    @Test
    void unknownCityAndMissingBlocksAreBadInput(@TempDir Path dir) throws IOException {
        Path example = TestData.require("travel/examples/train_31");
        Path folder = Files.createDirectory(dir.resolve("ex"));
        Files.writeString(folder.resolve("query.json"), Files.readString(example.resolve("query.json")).replace("\"Houston\"", "\"Gotham\""));
        Files.copy(example.resolve("reference.json"), folder.resolve("reference.json"));
        assertThatThrownBy(() -> TravelInstance.load(folder, TravelInstance.SandboxSource.none()))
                .isInstanceOf(InputFormatException.class).hasMessageEndingWith("org: unknown city 'Gotham' (not in the city list)");

        Path noBlock = dir.resolve("ref.json");
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(example.resolve("reference.json").toFile());
        tree.remove("Accommodations in Fayetteville");
        Files.writeString(noBlock, tree.toString());
        assertThatThrownBy(() -> ReferenceReader.read(noBlock)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("Accommodations in Fayetteville: missing: the reference lists Fayetteville but not its accommodations");

        Path otherCity = dir.resolve("ref2.json");
        Files.writeString(otherCity, Files.readString(TestData.require("travel/examples/train_01/reference.json")));
        assertThatThrownBy(() -> TravelInstance.load(example.resolve("query.json"),
                new TravelInstance.SandboxSource(Optional.of(otherCity), Optional.empty(), Optional.empty())))
                .isInstanceOf(InputFormatException.class)
                .hasMessage(otherCity + ": Accommodations in Fayetteville: missing: the query visits Fayetteville but the reference has no block for it");
    }

    @Test
    void flightsFileRowsAreReadSkippedOrRejected(@TempDir Path dir) throws IOException {
        Path flights = dir.resolve("flights.csv");
        String header = ",Flight Number,Price,DepTime,ArrTime,ActualElapsedTime,FlightDate,OriginCityName,DestCityName,Distance,Extra\n";
        Files.writeString(flights, header
                + "0,F1,101,14:30,16:17,1 hours 47 minutes,2022-03-20,Houston,Fayetteville,438.0,x\n"
                + "1,F2,,14:30,16:17,1 hours 47 minutes,2022-03-20,Houston,Fayetteville,438.0,x\n"
                + "2,F3,99,23:10,01:05,1 hours 55 minutes,2022-03-21,Fayetteville,Houston,438.0,x\n");
        FlightsReader.Flights read = FlightsReader.read(flights);
        assertThat(read.flights()).extracting(f -> f.number()).containsExactly("F1", "F3");
        assertThat(read.skippedRows()).isEqualTo(1);

        Files.writeString(flights, header + "0,F1,101,14:30,16:17,1 hours 47 minutes,2022-13-20,Houston,Fayetteville,438.0,x\n");
        assertThatThrownBy(() -> FlightsReader.read(flights)).isInstanceOf(InputFormatException.class)
                .hasMessage(flights + ":2: FlightDate: expected a date YYYY-MM-DD, found '2022-13-20'");
        Files.writeString(flights, header + "0,F1,101,2pm,16:17,1 hours 47 minutes,2022-03-20,Houston,Fayetteville,438.0,x\n");
        assertThatThrownBy(() -> FlightsReader.read(flights)).hasMessage(flights + ":2: DepTime: expected a time HH:MM, found '2pm'");
        Files.writeString(flights, "Flight Number,Price\nF1,3\n");
        assertThatThrownBy(() -> FlightsReader.read(flights)).hasMessageStartingWith(flights + ":1: header: missing column 'DepTime'");
    }

    @Test
    void fixedWidthTablesSplitAtHeaderRightEdges() {
        String format = "%13s%14s%11s%18s%9s\n";
        String table = String.format(format, "Name", "Average Cost", "Cuisines", "Aggregate Rating", "City")
                + String.format(format, "Joe, Co", "12", "Tea, Cafe", "4.5", "Appleton")
                + String.format(format, "Long Name A", "7", "BBQ", "0.0", "Appleton");
        var rows = FixedWidthTable.parse(table, Cells.RESTAURANT);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("Name", "Joe, Co").containsEntry("Average Cost", "12")
                .containsEntry("Cuisines", "Tea, Cafe").containsEntry("City", "Appleton");
        assertThat(rows.get(1)).containsEntry("Name", "Long Name A").containsEntry("Cuisines", "BBQ");
    }

    @Test
    void pythonLiteralsReadAsJson() {
        var v = PythonLiteral.parse("[{'Description': \"it's\", 'Content': 'a\\nb'}, None, 3, 2.5, True]");
        assertThat(v.get(0).get("Description").textValue()).isEqualTo("it's");
        assertThat(v.get(0).get("Content").textValue()).isEqualTo("a\nb");
        assertThat(v.get(1).isNull()).isTrue();
        assertThat(v.get(2).intValue()).isEqualTo(3);
        assertThat(v.get(3).doubleValue()).isEqualTo(2.5);
        assertThatThrownBy(() -> PythonLiteral.parse("['a', ")).hasMessageContaining("at character");
    }
}
