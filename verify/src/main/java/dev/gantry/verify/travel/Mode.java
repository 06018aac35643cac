package dev.gantry.verify.travel;

/** How plans are judged (spec V5). */
public enum Mode {
    /** The intended semantics of V1–V4. */
    STRICT,
    /** The upstream evaluator's counting, quirks included, so numbers compare with published tables. */
    COMPAT
}
