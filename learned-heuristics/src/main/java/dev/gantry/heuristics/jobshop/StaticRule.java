package dev.gantry.heuristics.jobshop;

/**
 * The static priority rules of spec scheduling §1.4. A key is a fraction num/den with den > 0, smaller is
 * better; fractions compare exactly by cross-multiplication, so FDD/MWKR needs no floating point. Every work
 * total includes the candidate operation itself.
 */
public enum StaticRule {
    /** Shortest processing time of the next operation. */
    SPT("spt"),
    /** First in, first out: the time the job joined the queue (its previous operation's end). */
    FIFO("fifo"),
    /** Most work remaining. */
    MWKR("mwkr"),
    /** Most operations remaining. */
    MOPNR("mopnr"),
    /** Flow due date over most work remaining: work done including the candidate, divided by work remaining. */
    FDD_MWKR("fdd-mwkr");

    private final String id;

    StaticRule(String id) {
        this.id = id;
    }

    /** The CLI name, as in {@code heuristic:fdd-mwkr}. */
    public String id() {
        return id;
    }

    public static StaticRule byId(String id) {
        for (StaticRule r : values()) {
            if (r.id.equals(id)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no dispatching rule '" + id + "'; known: spt, fifo, mwkr, mopnr, fdd-mwkr");
    }

    /** The key's numerator for a candidate; see {@link #denominator}. */
    long numerator(long processing, long ready, long remainingWork, int remainingOperations, long doneWorkIncludingCandidate) {
        return switch (this) {
            case SPT -> processing;
            case FIFO -> ready;
            case MWKR -> -remainingWork;
            case MOPNR -> -remainingOperations;
            case FDD_MWKR -> doneWorkIncludingCandidate;
        };
    }

    /** 1 but for FDD/MWKR, whose denominator is the remaining work (at least the candidate's own, so positive unless 0). */
    long denominator(long remainingWork) {
        return this == FDD_MWKR ? Math.max(1, remainingWork) : 1;
    }
}
