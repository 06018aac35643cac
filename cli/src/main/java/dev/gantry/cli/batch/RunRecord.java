package dev.gantry.cli.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one run, as one line of the results store: what ran ({@code instance, family, engine, options}),
 * what came out ({@code status, objective, bound, gapPercent} to the known reference where the family knows one,
 * {@code timeMillis, verified}, the number of violations and the first reasons), the exit code {@code gantry solve}
 * would give (or the child JVM gave), and an error message when the run failed. Serializable, so executors of a
 * distributed batch can send it back to the driver.
 */
public record RunRecord(String instance, String family, String engine, Map<String, Object> options, String status,
                        Number objective, Number bound, Double gapPercent, long timeMillis, boolean verified,
                        int violations, List<String> violationReasons, Integer exitCode, String error)
        implements Serializable {
    /** How many violation reasons a line keeps. */
    static final int REASONS_KEPT = 3;

    private static final ObjectMapper MAPPER = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public RunRecord {
        Map<String, Object> o = new LinkedHashMap<>(); // may hold nulls (no time limit); LinkedHashMap keeps them
        // whole numbers as Long, so a record read back from JSON (where 1000 is an Integer) equals the one written
        options.forEach((k, v) -> o.put(k, v instanceof Integer || v instanceof Short ? Long.valueOf(((Number) v).longValue()) : v));
        options = Collections.unmodifiableMap(o);
        violationReasons = violationReasons == null ? List.of() : List.copyOf(violationReasons);
    }

    /** A run that produced no result: the solve threw, or the child JVM crashed or timed out. */
    public static RunRecord failed(RunSpec spec, Integer exitCode, long timeMillis, String error) {
        return new RunRecord(spec.instance(), spec.family(), spec.engine(), spec.options(), "FAILED", null, null, null,
                timeMillis, false, 0, List.of(), exitCode, error);
    }

    /** This record with another gap (to a reference the batch was given). */
    public RunRecord withGapPercent(Double gap) {
        return new RunRecord(instance, family, engine, options, status, objective, bound, gap, timeMillis, verified, violations,
                violationReasons, exitCode, error);
    }

    /** Whether the run failed to produce a result (as opposed to producing one, verified or not). */
    public boolean failed() {
        return error != null;
    }

    /** Whether the run found a solution (any status but the no-solution ones and FAILED). */
    public boolean solved() {
        return objective != null && !failed();
    }

    public String key() {
        return RunSpec.key(instance, engine, options);
    }

    /** The JSON line (without the newline). */
    public String toJson() {
        try {
            return MAPPER.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a result line: " + e.getMessage(), e);
        }
    }

    /** Parses a results line. */
    public static RunRecord parse(String line) throws JsonProcessingException {
        return MAPPER.readValue(line, RunRecord.class);
    }
}
