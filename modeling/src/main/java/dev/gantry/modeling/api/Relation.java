package dev.gantry.modeling.api;

/** The relation of a {@link Linear} constraint. */
public enum Relation {
    LE("<="), LT("<"), GE(">="), GT(">"), EQ("=="), NE("!=");

    private final String symbol;

    Relation(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean holds(long left, long right) {
        return switch (this) {
            case LE -> left <= right;
            case LT -> left < right;
            case GE -> left >= right;
            case GT -> left > right;
            case EQ -> left == right;
            case NE -> left != right;
        };
    }

    /** The relation that holds exactly when this one does not. */
    public Relation negated() {
        return switch (this) {
            case LE -> GT;
            case LT -> GE;
            case GE -> LT;
            case GT -> LE;
            case EQ -> NE;
            case NE -> EQ;
        };
    }
}
