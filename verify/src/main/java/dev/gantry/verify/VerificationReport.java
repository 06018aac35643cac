package dev.gantry.verify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The verdict on a plan: valid exactly when there are no violations, with the objective the verifier recomputed
 * itself (never the one the plan states).
 *
 * @param objective the recomputed objective, or null when the plan gives none: a {@link Long} when it is integral by
 *                  nature (a job shop's makespan, a bin count, a TSPLIB tour length, the profit of integer knapsack
 *                  data), a {@link Double} otherwise (an unrounded Euclidean tour, fractional profits)
 */
public record VerificationReport(boolean valid, Number objective, List<Violation> violations) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public VerificationReport {
        violations = List.copyOf(violations);
        if (valid != violations.isEmpty()) {
            throw new IllegalArgumentException("a report is valid exactly when it lists no violations");
        }
    }

    public static VerificationReport of(Number objective, List<Violation> violations) {
        return new VerificationReport(violations.isEmpty(), objective, violations);
    }

    /** {@code {"valid":…,"objective":…,"violations":[{"check":…,"items":[…],"reason":…}]}} on one line. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("valid", valid);
        if (objective == null) {
            root.putNull("objective");
        } else if (objective instanceof Long || objective instanceof Integer) {
            root.put("objective", objective.longValue());
        } else {
            root.put("objective", objective.doubleValue());
        }
        ArrayNode list = root.putArray("violations");
        for (Violation v : violations) {
            ObjectNode node = list.addObject();
            node.put("check", v.check());
            ArrayNode items = node.putArray("items");
            v.items().forEach(items::add);
            node.put("reason", v.reason());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            // A tree of strings, booleans and numbers always serializes.
            throw new IllegalStateException(e);
        }
    }
}
