package dev.gantry.metaheuristics.sa;

/** Per-move-type counts of one chain, and the selection probability the chain ended with. */
public record MoveStats(String moveType, long proposed, long accepted, long improving, double finalProbability) {
}
