package dev.gantry.verify.travel;

import dev.gantry.instances.travel.TravelInstance;
import dev.gantry.modeling.travel.DayField;
import dev.gantry.modeling.travel.TravelPlan;
import dev.gantry.modeling.travel.TravelQuery;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec §6 P2 mutations: each flips exactly the checks V2 (strict) and V5 (compat) predict. */
class MutationsTest {
    private record Flips(List<Check> strict, List<Check> compat) {
    }

    /** The checks that fail on the mutated plan but passed on the original, in each mode. */
    private static Flips flips(TravelInstance in, TravelPlan original, TravelQuery mutatedQuery, TravelPlan mutated) {
        List<List<Check>> out = new ArrayList<>();
        for (Mode mode : Mode.values()) {
            Set<Check> before = Set.copyOf(TravelVerifier.verify(in.query(), in.sandbox(), original, mode).failed());
            List<Check> after = new ArrayList<>(TravelVerifier.verify(mutatedQuery, in.sandbox(), mutated, mode).failed());
            after.removeAll(before);
            out.add(after);
        }
        return new Flips(out.get(0), out.get(1));
    }

    @Test
    void aRepeatedRestaurantFailsDiversityInBothModes() throws IOException {
        TravelInstance in = AnnotatedPlansTest.instance("01");
        TravelPlan plan = AnnotatedPlansTest.plan("01");
        TravelPlan repeated = plan.withDay(3, plan.day(3).with(DayField.BREAKFAST, plan.day(2).text(DayField.DINNER)));
        assertThat(flips(in, plan, in.query(), repeated)).isEqualTo(new Flips(List.of(Check.DIVERSE_RESTAURANTS),
                List.of(Check.DIVERSE_RESTAURANTS)));
    }

    @Test
    void aFlightOnAnotherDateFailsTheSandboxOnlyInStrictMode() throws IOException {
        TravelInstance in = AnnotatedPlansTest.instance("31");
        TravelPlan plan = AnnotatedPlansTest.plan("31");
        // the same plan one day later: its flights now leave on dates the sandbox does not list them for (quirk 3)
        TravelQuery later = in.query().withStart(in.query().date(1).plusDays(1));
        assertThat(flips(in, plan, later, plan)).isEqualTo(new Flips(List.of(Check.WITHIN_SANDBOX), List.of()));
        assertThat(TravelVerifier.verify(later, in.sandbox(), plan, Mode.STRICT).result(Check.WITHIN_SANDBOX).reasons())
                .containsExactly("day 1 transportation: no flight F3923211 from Houston to Fayetteville on 2022-03-21",
                        "day 3 transportation: no flight F3922249 from Fayetteville to Houston on 2022-03-23");
    }

    @Test
    void aMissingTrailingSemicolonHidesTheLastAttractionFromCompatMode() throws IOException {
        TravelInstance in = AnnotatedPlansTest.instance("31");
        TravelPlan plan = AnnotatedPlansTest.plan("31");
        TravelPlan noSemicolon = plan.withDay(3, plan.day(3).with(DayField.ATTRACTION, "ZipQuest - Waterfall & Treetop Adventure, Fayetteville"));
        assertThat(flips(in, plan, in.query(), noSemicolon)).isEqualTo(new Flips(List.of(), List.of()));
        // day 1's museum again, as the last item without ';': strict sees the repeat, compat never reads it (quirk 4)
        String repeat = "1897 Poe House, Fayetteville;Fascinate-U Children's Museum, Fayetteville";
        TravelPlan hidden = plan.withDay(2, plan.day(2).with(DayField.ATTRACTION, repeat));
        assertThat(flips(in, plan, in.query(), hidden)).isEqualTo(new Flips(List.of(Check.DIVERSE_ATTRACTIONS), List.of()));
        TravelPlan seen = plan.withDay(2, plan.day(2).with(DayField.ATTRACTION, repeat + ";"));
        assertThat(flips(in, plan, in.query(), seen)).isEqualTo(new Flips(List.of(Check.DIVERSE_ATTRACTIONS),
                List.of(Check.DIVERSE_ATTRACTIONS)));
    }

    @Test
    void aStayOnTheLastDayIsIncompleteInStrictModeMisplacedInCompatAndChargedInBoth() throws IOException {
        TravelInstance in = AnnotatedPlansTest.instance("11");
        TravelPlan plan = AnnotatedPlansTest.plan("11");
        TravelPlan extra = plan.withDay(7, plan.day(7).with(DayField.ACCOMMODATION, plan.day(6).text(DayField.ACCOMMODATION)));
        // strict: the last day's stay must be '-' (reported once, by Complete Information); compat does not mind a stay
        // on the last day (quirk 9) but its current-city test wants the stay in the leg's destination, Houston
        assertThat(flips(in, plan, in.query(), extra)).isEqualTo(new Flips(List.of(Check.COMPLETE_INFORMATION),
                List.of(Check.WITHIN_CURRENT_CITY)));
        for (Mode mode : Mode.values()) {
            TravelReport before = TravelVerifier.verify(in.query(), in.sandbox(), plan, mode);
            TravelReport after = TravelVerifier.verify(in.query(), in.sandbox(), extra, mode);
            assertThat(after.cost() - before.cost()).as(mode.name()).isEqualTo(after.cost(6, CostKind.ACCOMMODATION)).isPositive();
        }
    }

    @Test
    void aThreeDayTripToAnotherCityFailsTheRouteOnlyInStrictMode() throws IOException {
        TravelInstance in = AnnotatedPlansTest.instance("01");
        TravelPlan plan = AnnotatedPlansTest.plan("01");
        TravelQuery chicago = in.query().withDest("Chicago");
        assertThat(flips(in, plan, chicago, plan)).isEqualTo(new Flips(List.of(Check.REASONABLE_CITY_ROUTE), List.of()));
        assertThat(TravelVerifier.verify(chicago, in.sandbox(), plan, Mode.STRICT).result(Check.REASONABLE_CITY_ROUTE).reasons())
                .containsExactly("route: visits Rockford, but the query's destination is Chicago");
    }
}
