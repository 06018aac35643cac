package dev.gantry.cli.family;

import java.util.List;
import java.util.Map;

/**
 * What a family adds to an explanation once the explainer has answered (travel: each correction applied, re-solved and
 * verified, the least budgets, the feasible city counts): JSON fields beside the explanation's and plain sentences.
 */
public record ExplainExtras(Map<String, Object> json, List<String> sentences) {
    public ExplainExtras {
        json = Map.copyOf(json);
        sentences = List.copyOf(sentences);
    }

    public static ExplainExtras none() {
        return new ExplainExtras(Map.of(), List.of());
    }
}
