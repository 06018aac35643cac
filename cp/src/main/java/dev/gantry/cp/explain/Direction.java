package dev.gantry.cp.explain;

/** Which way a numeric repair may move a parameter (E8). */
public enum Direction {
    INCREASE, DECREASE, ANY
}
