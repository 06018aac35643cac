package dev.gantry.modeling.travel;

/** A query's difficulty level in the dataset ({@code middle} in older files means {@link #MEDIUM}). */
public enum Level {
    EASY, MEDIUM, HARD
}
