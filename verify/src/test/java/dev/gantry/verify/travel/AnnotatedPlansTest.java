package dev.gantry.verify.travel;

import dev.gantry.instances.TestData;
import dev.gantry.instances.travel.TravelInstance;
import dev.gantry.instances.travel.TravelPlanReader;
import dev.gantry.modeling.travel.TravelPlan;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Spec §6 P2: the nine human-annotated plans, verified in both modes. */
class AnnotatedPlansTest {
    record Expected(String example, long strictCost, long compatCost, List<Check> strictFailures, List<String> warnings) {
    }

    private static String stated(int day, String what, String stated, String sandbox) {
        return "day " + day + " transportation: stated " + what + " " + stated + " differs from the sandbox's " + sandbox
                + " (the sandbox figure is used)";
    }

    /** Costs strict / compat, strict failures, and the exact strict warnings (compat adds its substitutions). */
    static final List<Expected> TABLE = List.of(
            new Expected("01", 1608, 1608, List.of(), List.of(
                    "day 3 breakfast: 'Subway, Rockford' matches 2 records ($42, $26); the first is used")),
            new Expected("06", 3083, 3083, List.of(), List.of()),
            new Expected("11", 5394, 5425, List.of(Check.WITHIN_CURRENT_CITY), List.of(
                    stated(1, "duration", "22 hours 21 mins", "22 hours 24 mins"), stated(1, "cost", "2377", "118"),
                    stated(7, "duration", "20 hours 30 mins", "20 hours 31 mins"))),
            new Expected("16", 2292, 2292, List.of(), List.of(
                    stated(1, "duration", "13 hours 24 mins", "13 hours 26 mins"), stated(3, "duration", "13 hours 35 mins", "13 hours 30 mins"),
                    stated(3, "distance", "1,515 km", "1,513 km"))),
            new Expected("21", 14988, 15078, List.of(), List.of(
                    stated(3, "duration", "4 hours 45 mins", "4 hours 46 mins"),
                    "day 4 dinner: 'Domino's Pizza, Philadelphia' matches 2 records ($96, $84); the first is used")),
            new Expected("26", 5752, 5752, List.of(), List.of(
                    stated(1, "duration", "18 hours 0 mins", "18 hours 6 mins"), stated(1, "distance", "1,995 km", "2,002 km"),
                    stated(1, "cost", "99", "100"), stated(3, "duration", "4 hours 9 mins", "4 hours 10 mins"),
                    stated(7, "duration", "16 hours 25 mins", "16 hours 28 mins"), stated(7, "distance", "1,777 km", "1,780 km"),
                    stated(7, "cost", "88", "89"))),
            new Expected("31", 1472, 1472, List.of(), List.of()),
            new Expected("36", 7874, 7874, List.of(), List.of(
                    stated(1, "duration", "19 hours 51 mins", "19 hours 53 mins"), stated(5, "duration", "16 hours 18 mins", "16 hours 20 mins"))),
            new Expected("41", 15009, 15009, List.of(), List.of(
                    stated(1, "duration", "19 hours 21 mins", "19 hours 23 mins"), stated(7, "duration", "15 hours 37 mins", "15 hours 40 mins"))));

    /** What compat mode adds to the strict warnings: the records its substring match prices instead. */
    static List<String> compatExtra(String example) {
        return switch (example) {
            case "11" -> List.of("day 4 lunch: compat prices 'Giani' as \"Giani's\" (first substring match)");
            case "21" -> List.of("day 4 lunch: compat prices 'Pizza Hut' as \"Pizza Hut Delivery\" (first substring match)");
            default -> List.of();
        };
    }

    static TravelInstance instance(String example) throws IOException {
        return TravelInstance.load(TestData.require("travel/examples/train_" + example), TravelInstance.SandboxSource.none());
    }

    static TravelPlan plan(String example) throws IOException {
        return TravelPlanReader.read(TestData.require("travel/examples/train_" + example + "/annotated_plan.json"));
    }

    @Test
    void nineAnnotatedPlansGiveTheExpectedTable() throws IOException {
        List<TravelReport> strict = new ArrayList<>();
        List<TravelReport> compat = new ArrayList<>();
        List<dev.gantry.modeling.travel.TravelQuery> queries = new ArrayList<>();
        for (Expected e : TABLE) {
            TravelInstance in = instance(e.example());
            TravelPlan plan = plan(e.example());
            TravelReport s = TravelVerifier.verify(in.query(), in.sandbox(), plan, Mode.STRICT);
            TravelReport c = TravelVerifier.verify(in.query(), in.sandbox(), plan, Mode.COMPAT);
            assertThat(s.cost()).as("strict cost of " + e.example()).isEqualTo(e.strictCost());
            assertThat(c.cost()).as("compat cost of " + e.example()).isEqualTo(e.compatCost());
            assertThat(s.failed()).as("strict failures of " + e.example() + ": " + s.checks()).isEqualTo(e.strictFailures());
            assertThat(c.failed()).as("compat failures of " + e.example() + ": " + c.checks()).isEmpty();
            assertThat(s.warnings()).as("strict warnings of " + e.example()).isEqualTo(e.warnings());
            List<String> compatWarnings = new ArrayList<>(e.warnings());
            compatWarnings.addAll(compatExtra(e.example()));
            assertThat(c.warnings()).as("compat warnings of " + e.example()).isEqualTo(compatWarnings);
            assertThat(s.checks().stream().filter(r -> r.verdict() == Verdict.NA)).as("NA checks of " + e.example())
                    .hasSize(4 - in.query().localConstraintCount());
            strict.add(s);
            compat.add(c);
            queries.add(in.query());
        }
        assertThat(strict.get(2).result(Check.WITHIN_CURRENT_CITY).reasons())
                .containsExactly("day 3 dinner: back in Salt Lake City after an earlier meal in Moab");
        assertThat(strict.get(0).cost(1, CostKind.TRANSPORT) + strict.get(0).cost(3, CostKind.TRANSPORT)).isPositive();
        TravelMetrics sm = TravelMetrics.of(queries, strict);
        assertThat(sm.commonsenseMicro()).isEqualTo(new TravelMetrics.Rate(71, 72));
        assertThat(sm.commonsenseMacro()).isEqualTo(new TravelMetrics.Rate(8, 9));
        assertThat(sm.hardMicro()).isEqualTo(new TravelMetrics.Rate(21, 21));
        assertThat(sm.hardMacro()).isEqualTo(new TravelMetrics.Rate(9, 9));
        assertThat(sm.finalPass()).isEqualTo(new TravelMetrics.Rate(8, 9));
        assertThat(sm.delivery()).isEqualTo(new TravelMetrics.Rate(9, 9));
        TravelMetrics cm = TravelMetrics.of(queries, compat);
        assertThat(cm.commonsenseMicro()).isEqualTo(new TravelMetrics.Rate(72, 72));
        assertThat(cm.commonsenseMacro()).isEqualTo(new TravelMetrics.Rate(9, 9));
        assertThat(cm.hardMicro()).isEqualTo(new TravelMetrics.Rate(21, 21));
        assertThat(cm.finalPass()).isEqualTo(new TravelMetrics.Rate(9, 9));
    }
}
