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
 * @param objective the recomputed objective (a job shop's makespan), or null when the plan gives none
 */
public record VerificationReport(boolean valid, Long objective, List<Violation> violations) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public VerificationReport {
        violations = List.copyOf(violations);
        if (valid != violations.isEmpty()) {
            throw new IllegalArgumentException("a report is valid exactly when it lists no violations");
        }
    }

    public static VerificationReport of(Long objective, List<Violation> violations) {
        return new VerificationReport(violations.isEmpty(), objective, violations);
    }

    /** {@code {"valid":…,"objective":…,"violations":[{"check":…,"items":[…],"reason":…}]}} on one line. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("valid", valid);
        root.put("objective", objective);
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
