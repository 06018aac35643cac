package dev.gantry.modeling.scheduling;

/**
 * The four precedence relations between a predecessor i and a successor j with lag L (spec scheduling §3), each a
 * distance {@code S_j ≥ S_i + δ_ij} once durations are known.
 */
public enum RelationType {
    /** Finish-to-start: {@code S_j ≥ E_i + L}. */
    FS,
    /** Start-to-start: {@code S_j ≥ S_i + L}. */
    SS,
    /** Finish-to-finish: {@code E_j ≥ E_i + L}. */
    FF,
    /** Start-to-finish: {@code E_j ≥ S_i + L}. */
    SF;

    /** δ_ij of the table in spec §3 for durations {@code dPred}, {@code dSucc} and lag {@code lag}. */
    public long delta(long dPred, long dSucc, long lag) {
        return switch (this) {
            case FS -> dPred + lag;
            case SS -> lag;
            case FF -> dPred - dSucc + lag;
            case SF -> lag - dSucc;
        };
    }

    /** Whether the relation is measured from the predecessor's end (else from its start). */
    public boolean fromEnd() {
        return this == FS || this == FF;
    }

    /** Whether the relation is measured to the successor's end (else to its start). */
    public boolean toEnd() {
        return this == FF || this == SF;
    }
}
