package dev.gantry.verify.travel;

/** The outcome of one check; {@code NA} when the query sets no such requirement. */
public enum Verdict {
    PASS, FAIL, NA
}
