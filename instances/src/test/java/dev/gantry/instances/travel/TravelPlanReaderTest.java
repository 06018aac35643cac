package dev.gantry.instances.travel;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.DayField;
import dev.gantry.modeling.travel.Meal;
import dev.gantry.modeling.travel.TransportMode;
import dev.gantry.modeling.travel.TravelPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TravelPlanReaderTest {
    @Test
    void annotatedPlanReadsWithItsStructure() throws IOException {
        TravelPlan plan = TravelPlanReader.read(TestData.require("travel/examples/train_06/annotated_plan.json"));
        assertThat(plan.days()).hasSize(7);
        assertThat(plan.day(6).isEmpty()).isTrue();
        var day1 = plan.day(1);
        assertThat(day1.number()).isEqualTo(1);
        assertThat(day1.currentCity().orElseThrow().to().orElseThrow().name()).isEqualTo("San Antonio");
        assertThat(day1.currentCity().orElseThrow().to().orElseThrow().state()).contains("Texas");
        var leg = day1.transport().orElseThrow();
        assertThat(leg.mode()).isEqualTo(TransportMode.FLIGHT);
        assertThat(leg.flightNumber()).contains("F4023176");
        assertThat(leg.to().name()).isEqualTo("San Antonio");
        var day2 = plan.day(2);
        assertThat(day2.currentCity().orElseThrow().travel()).isFalse();
        assertThat(day2.meal(Meal.BREAKFAST)).isPresent();
        assertThat(day2.attractionItems()).isNotEmpty();
    }

    @Test
    void writerRoundTripsAndSubmissionLinesRead(@TempDir Path dir) throws IOException {
        TravelPlan plan = TravelPlanReader.read(TestData.require("travel/examples/train_11/annotated_plan.json"));
        Path out = dir.resolve("plan.json");
        TravelPlanWriter.write(plan, out);
        assertThat(TravelPlanReader.read(out)).isEqualTo(plan);
        Path jsonl = dir.resolve("sub.jsonl");
        Files.writeString(jsonl, TravelPlanWriter.submissionLine(1, "q1", plan) + "\n\n"
                + TravelPlanWriter.submissionLine(2, "q2", new TravelPlan(java.util.List.of())) + "\n");
        var subs = TravelPlanReader.readSubmissions(jsonl);
        assertThat(subs).extracting(TravelPlanReader.Submission::idx).containsExactly(1, 2);
        assertThat(subs).extracting(TravelPlanReader.Submission::line).containsExactly(1, 3);
        assertThat(subs.get(0).plan()).isEqualTo(plan);
        assertThat(subs.get(1).plan().delivered()).isFalse();
        Path one = dir.resolve("one.jsonl");
        Files.writeString(one, TravelPlanWriter.submissionLine(4, "q", plan) + "\n");
        assertThat(TravelPlanReader.read(one)).isEqualTo(plan);
    }

    @Test
    void badPlansNameFileLineAndField(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "[\n {\"days\": 1,\n  \"breakfast\": 3}\n]\n");
        assertThatThrownBy(() -> TravelPlanReader.read(bad)).isInstanceOf(InputFormatException.class)
                .hasMessage(bad + ":3: plan[0].breakfast: expected a string, found 3");
        Files.writeString(bad, "{\"idx\": 1}\n");
        assertThatThrownBy(() -> TravelPlanReader.read(bad)).hasMessageContaining("plan: missing field");
        Files.writeString(bad, "[{\"days\": 1, \"current_city\": null}]");
        assertThat(TravelPlanReader.read(bad).day(1).has(DayField.CURRENT_CITY)).isTrue();
    }
}
