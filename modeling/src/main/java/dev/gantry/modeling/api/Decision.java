package dev.gantry.modeling.api;

/** What a {@link SolutionListener} wants after a solution. */
public enum Decision {
    CONTINUE, STOP
}
