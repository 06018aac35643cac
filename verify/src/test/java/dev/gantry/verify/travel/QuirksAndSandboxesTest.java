package dev.gantry.verify.travel;

import dev.gantry.instances.TestData;
import dev.gantry.instances.travel.DatabaseReader;
import dev.gantry.instances.travel.TravelInstance;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.Cuisine;
import dev.gantry.modeling.travel.DayField;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TransportMode;
import dev.gantry.modeling.travel.TravelPlan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuirksAndSandboxesTest {
    @Test
    void upstreamHelpersBehaveAsTheScriptDoes() {
        assertThat(CompatVerifier.fromTo("Flight Number: F1, from San Antonio(Texas) to Houston(Texas), Departure Time: 09:33"))
                .containsExactly("San Antonio(Texas)", "Houston(Texas)");
        assertThat(CompatVerifier.beforeParen("Houston(Texas)")).isEqualTo("Houston");
        assertThat(CompatVerifier.nameCity("Pizza, Pasta & More, Moab(Utah)")).containsExactly("Pizza, Pasta & More", "Moab");
        assertThat(CompatVerifier.nameCity("no comma")).containsExactly("-", "-");
        assertThat(CompatVerifier.attractionItems("A, X;B, X")).containsExactly("A, X");
        assertThat(CompatVerifier.attractionItems("A, X;B, X;")).containsExactly("A, X", "B, X");
        assertThat(CompatVerifier.modeOf("Self-driving, from A to Taxiville")).contains(TransportMode.TAXI);
        assertThat(CompatVerifier.validSequence(List.of("A", "B", "B", "C", "C", "A"))).isTrue();
        assertThat(CompatVerifier.validSequence(List.of("A", "B", "B", "A", "A", "B", "B", "A"))).isFalse();
        assertThat(CompatVerifier.validSequence(List.of("A", "B", "A"))).isFalse();
    }

    @Test
    void aStayDayMealInAnotherCityPassesCompatByItsLettersOnly() throws IOException {
        TravelInstance in = AnnotatedPlansTest.instance("06");
        TravelPlan plan = AnnotatedPlansTest.plan("06");
        // day 2 is a stay day in San Antonio; a Houston restaurant shares letters with "San Antonio" (quirk 5)
        String houstonMeal = plan.day(4).text(DayField.LUNCH);
        TravelPlan moved = plan.withDay(2, plan.day(2).with(DayField.LUNCH, houstonMeal)).withDay(4, plan.day(4).with(DayField.LUNCH, "-"));
        assertThat(TravelVerifier.verify(in.query(), in.sandbox(), moved, Mode.STRICT).result(Check.WITHIN_CURRENT_CITY).reasons())
                .containsExactly("day 2 lunch: in Houston, not in San Antonio");
        assertThat(TravelVerifier.verify(in.query(), in.sandbox(), moved, Mode.COMPAT).verdict(Check.WITHIN_CURRENT_CITY))
                .isEqualTo(Verdict.PASS);
    }

    @Test
    void compatCuisineStopsADayAtAMealInTheOrigin() throws IOException {
        // the database knows restaurants in the origin, so the plan stays within the sandbox in both modes
        Sandbox db = DatabaseReader.read(TestData.require("travel/database"), Optional.empty());
        TravelInstance in = AnnotatedPlansTest.instance("16");
        TravelPlan plan = AnnotatedPlansTest.plan("16");
        var query = in.query().withCuisines(List.of(Cuisine.AMERICAN));
        assertThat(TravelVerifier.verify(query, db, plan, Mode.COMPAT).verdict(Check.CUISINE)).isEqualTo(Verdict.PASS);
        // each day's breakfast eaten in the origin: compat ignores the rest of that day (quirk 6), strict does not
        TravelPlan atHome = plan;
        for (int d = 1; d <= 3; d++) {
            String home = db.restaurants("Fort Lauderdale").get(d).name() + ", Fort Lauderdale";
            atHome = atHome.withDay(d, atHome.day(d).with(DayField.BREAKFAST, home));
        }
        TravelReport compat = TravelVerifier.verify(query, db, atHome, Mode.COMPAT);
        assertThat(compat.verdict(Check.WITHIN_SANDBOX)).isEqualTo(Verdict.PASS);
        assertThat(compat.result(Check.CUISINE).reasons()).containsExactly("meals: the cuisine American is not satisfied");
        assertThat(TravelVerifier.verify(query, db, atHome, Mode.STRICT).verdict(Check.CUISINE)).isEqualTo(Verdict.PASS);
    }

    @Test
    void roomTypeAndTransportRequirementsFailInBothModes() throws IOException {
        TravelInstance in = AnnotatedPlansTest.instance("21");
        TravelPlan plan = AnnotatedPlansTest.plan("21");
        var shared = in.query().withRoomType(Optional.of(dev.gantry.modeling.travel.RoomType.SHARED_ROOM))
                .withTransport(Optional.of(dev.gantry.modeling.travel.TransportRestriction.NO_FLIGHT));
        for (Mode mode : Mode.values()) {
            TravelReport r = TravelVerifier.verify(shared, in.sandbox(), plan, mode);
            assertThat(r.failed()).as(mode.name()).containsExactly(Check.ROOM_TYPE, Check.TRANSPORTATION);
        }
        TravelReport strict = TravelVerifier.verify(shared, in.sandbox(), plan, Mode.STRICT);
        assertThat(strict.result(Check.ROOM_TYPE).reasons()).hasSize(4).allMatch(r -> r.contains("is a Entire home/apt, not a shared room"));
        assertThat(strict.result(Check.TRANSPORTATION).reasons()).containsExactly(
                "day 1 transportation: flight, which the query forbids (no flight)",
                "day 5 transportation: flight, which the query forbids (no flight)");
        assertThat(TravelVerifier.verify(shared, in.sandbox(), plan, Mode.COMPAT).result(Check.ROOM_TYPE).reasons())
                .containsExactly("day 1 accommodation: a Entire home/apt, not a shared room");
    }

    @Test
    void databaseSandboxVerifiesGroundPlansAndRefusesUncheckableFlights() throws IOException {
        Sandbox db = DatabaseReader.read(TestData.require("travel/database"), Optional.empty());
        TravelInstance ref = AnnotatedPlansTest.instance("16");
        TravelReport strict = TravelVerifier.verify(ref.query(), db, AnnotatedPlansTest.plan("16"), Mode.STRICT);
        assertThat(strict.failed()).isEmpty();
        assertThat(strict.cost()).isEqualTo(2292);
        TravelInstance flying = AnnotatedPlansTest.instance("31");
        assertThatThrownBy(() -> TravelVerifier.verify(flying.query(), db, AnnotatedPlansTest.plan("31"), Mode.STRICT))
                .isInstanceOf(InputFormatException.class)
                .hasMessageContaining("day 1 transportation: flight F3923211 cannot be checked: the sandbox has no flight data");
    }

    @Test
    void anEmptyPlanIsNotDeliveredAndFailsEveryCommonsenseCheckItCanSee() throws IOException {
        TravelInstance in = AnnotatedPlansTest.instance("31");
        TravelReport r = TravelVerifier.verify(in.query(), in.sandbox(), new TravelPlan(List.of()), Mode.STRICT);
        assertThat(r.delivered()).isFalse();
        assertThat(r.valid()).isFalse();
        TravelMetrics m = TravelMetrics.of(List.of(in.query()), List.of(r));
        assertThat(m.delivery()).isEqualTo(new TravelMetrics.Rate(0, 1));
        assertThat(m.hardMicro()).isEqualTo(new TravelMetrics.Rate(0, 4));
        assertThat(m.finalPass()).isEqualTo(new TravelMetrics.Rate(0, 1));
    }
}
