package dev.gantry.modeling.api;

/** Why a solve stopped. */
public enum Termination {
    COMPLETED, TIME_LIMIT, WORK_LIMIT, SOLUTION_LIMIT, STOPPED_BY_CALLBACK, CANCELLED
}
