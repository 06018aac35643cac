package dev.gantry.heuristics.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.heuristics.evaluation.HeuristicEvaluation.Case;
import dev.gantry.heuristics.evaluation.HeuristicEvaluation.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness's arithmetic on cases whose "heuristic" returns a fixed objective. */
class HeuristicEvaluationTest {
    /** Instance = the value the heuristic returns; negative values fail verification. */
    private static EvaluationReport evaluate(List<Case<Long>> cases) {
        return HeuristicEvaluation.evaluate("fixed", cases, v -> v, (i, s) -> s < 0 ? Verdict.invalid("negative") : Verdict.valid(s));
    }

    @Test
    void gapsAreSummedPerGroupAndOverall() {
        EvaluationReport r = evaluate(List.of(new Case<>("a", "small", 110L, 100, true), new Case<>("b", "small", 100L, 100, true),
                new Case<>("c", "large", 300L, 200, false), new Case<>("d", "large", 190L, 200, false)));
        assertThat(r.cases()).extracting(EvaluationReport.CaseResult::gapPercent).containsExactly(10.0, 0.0, 50.0, -5.0);
        EvaluationReport.Summary small = r.groups().get(0);
        assertThat(small.group()).isEqualTo("small");
        assertThat(small.meanGapPercent()).isEqualTo(5.0);
        assertThat(small.maxGapPercent()).isEqualTo(10.0);
        assertThat(small.atReference()).isEqualTo(1);
        EvaluationReport.Summary large = r.groups().get(1);
        assertThat(large.meanGapPercent()).isEqualTo(22.5);
        assertThat(large.belowReference()).isEqualTo(1);
        assertThat(r.overall().meanGapPercent()).isEqualTo(13.75);
        assertThat(r.overall().cases()).isEqualTo(4);
        assertThat(r.table()).contains("200*").contains("small").contains("13.75");
    }

    @Test
    void aZeroReferenceHasNoGapButCountsAtReference() {
        EvaluationReport r = evaluate(List.of(new Case<>("zero", "g", 0L, 0, true), new Case<>("late", "g", 5L, 0, true)));
        assertThat(r.cases()).extracting(EvaluationReport.CaseResult::gapPercent).containsOnlyNulls();
        assertThat(r.overall().meanGapPercent()).isNull();
        assertThat(r.overall().atReference()).isEqualTo(1);
    }

    @Test
    void invalidAndMissingSolutionsAreReportedNotCounted() {
        EvaluationReport r = HeuristicEvaluation.evaluate("partial", List.of(new Case<>("bad", "g", -1L, 10, true),
                new Case<>("none", "g", 0L, 10, true), new Case<>("good", "g", 12L, 10, true)),
                v -> v == 0 ? null : v, (i, s) -> s < 0 ? Verdict.invalid("negative") : Verdict.valid(s));
        assertThat(r.allVerified()).isFalse();
        assertThat(r.overall().verified()).isEqualTo(1);
        assertThat(r.overall().meanGapPercent()).isEqualTo(20.0);
        assertThat(r.cases()).extracting(EvaluationReport.CaseResult::violation)
                .containsExactly("negative", "the heuristic returned no solution", null);
    }

    @Test
    void aGapNeedsAPositiveReference() {
        assertThat(HeuristicEvaluation.gapPercent(3, 2)).isEqualTo(50.0);
        assertThatThrownBy(() -> HeuristicEvaluation.gapPercent(3, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
