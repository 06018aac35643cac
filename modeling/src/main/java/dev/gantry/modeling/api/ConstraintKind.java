package dev.gantry.modeling.api;

/** One value per {@link Constraint} record; backends declare capabilities in these terms. */
public enum ConstraintKind {
    LINEAR, ALL_DIFFERENT, ELEMENT, TABLE, NO_OVERLAP, CUMULATIVE, IMPLIES, REIFY, CLAUSE, AT_MOST_ONE,
    EXACTLY_ONE, MIN_OF, MAX_OF, ABS, MUL, DIV, MOD, DIVISIBLE
}
