package dev.gantry.heuristics.jobshop;

/**
 * A dispatching rule that scores each candidate of a non-delay decision from its feature vector
 * ({@link Features}); the highest score is scheduled first, ties to the smallest job index.
 */
@FunctionalInterface
public interface ScoringRule {
    /** The score of one candidate; {@code features} has {@link Features#COUNT} entries and must not be kept. */
    double score(double[] features);
}
