package dev.gantry.cli.batch;

import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of a batch, fully resolved: the instance (as {@code gantry solve} takes it), its family id, the engine and
 * the solve options. Two runs with the same {@link #key()} are the same run, which is how {@code --resume} skips.
 * Serializable (through a plain proxy, as {@link Optional} is not), so a distributed batch can ship it to executors.
 */
public record RunSpec(String instance, String family, String engine, Optional<Duration> timeLimit, int workers, long seed)
        implements Serializable {
    public RunSpec {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(timeLimit, "timeLimit");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
    }

    /** The options as stored on a result line, in a fixed order (the resume key depends on it). */
    public Map<String, Object> options() {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("timeLimitMillis", timeLimit.map(Duration::toMillis).orElse(null));
        o.put("workers", (long) workers);
        o.put("seed", seed);
        return o;
    }

    /** Instance, engine and options: what identifies a finished run in the results store. */
    public String key() {
        return key(instance, engine, options());
    }

    static String key(String instance, String engine, Map<String, ?> options) {
        Object limit = options.get("timeLimitMillis");
        return instance + "|" + engine + "|" + (limit == null ? "-" : ((Number) limit).longValue()) + "|"
                + ((Number) options.get("workers")).intValue() + "|" + ((Number) options.get("seed")).longValue();
    }

    private Object writeReplace() {
        return new Proxy(instance, family, engine, timeLimit.map(Duration::toMillis).orElse(null), workers, seed);
    }

    /** The serialized form: the same components with the time limit as nullable milliseconds. */
    private record Proxy(String instance, String family, String engine, Long timeLimitMillis, int workers, long seed) implements Serializable {
        private Object readResolve() {
            return new RunSpec(instance, family, engine, Optional.ofNullable(timeLimitMillis).map(Duration::ofMillis), workers, seed);
        }
    }
}
