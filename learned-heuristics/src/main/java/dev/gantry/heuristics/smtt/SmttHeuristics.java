package dev.gantry.heuristics.smtt;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The constructive rules of spec §2, by the id the CLI uses after {@code heuristic:}. */
public enum SmttHeuristics {
    EDD(new Edd()),
    MDD(new Mdd()),
    EDDC(new Eddc()),
    MDDC(new Mddc()),
    AUGMENTED_MDD(new Augmented(new Mdd())),
    AUGMENTED_MDDC(new Augmented(new Mddc())),
    PSK(new Psk()),
    PANNEERSELVAM(new Panneerselvam());

    private final SequencingHeuristic heuristic;

    SmttHeuristics(SequencingHeuristic heuristic) {
        this.heuristic = heuristic;
    }

    /** The rule (stateless, safe to share). */
    public SequencingHeuristic heuristic() {
        return heuristic;
    }

    public String id() {
        return heuristic.id();
    }

    /** Every rule, in declaration order. */
    public static List<SequencingHeuristic> all() {
        return Arrays.stream(values()).map(SmttHeuristics::heuristic).toList();
    }

    /** The rule with this id, e.g. {@code mddc}. */
    public static SequencingHeuristic byId(String id) {
        for (SmttHeuristics h : values()) {
            if (h.id().equals(id)) {
                return h.heuristic;
            }
        }
        throw new IllegalArgumentException("unknown tardiness heuristic '" + id + "'; known: "
                + Arrays.stream(values()).map(SmttHeuristics::id).collect(Collectors.joining(", ")));
    }
}
