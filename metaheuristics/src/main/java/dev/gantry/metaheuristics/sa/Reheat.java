package dev.gantry.metaheuristics.sa;

/**
 * Reheating (spec §1.2 a): after {@code afterProposals} proposals without a new best, the temperature jumps to
 * {@code factor} times the temperature at which the last best was found, optionally restarting from the best.
 * The base curve then continues from there.
 */
public record Reheat(long afterProposals, double factor, boolean fromBest) {
    public Reheat {
        if (afterProposals < 1 || !(factor > 0)) {
            throw new IllegalArgumentException("reheat needs afterProposals >= 1 and factor > 0");
        }
    }
}
