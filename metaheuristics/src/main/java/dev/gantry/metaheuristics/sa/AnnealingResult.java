package dev.gantry.metaheuristics.sa;

import java.util.List;

/** The best solution over all chains, and every chain's account. */
public record AnnealingResult<S>(S best, double bestObjective, int bestChain, List<ChainResult> chains, long wallNanos) {
    public AnnealingResult {
        chains = List.copyOf(chains);
    }

    public long totalProposals() {
        return chains.stream().mapToLong(ChainResult::proposals).sum();
    }

    /** Mean over chains of each chain's best objective. */
    public double meanBestObjective() {
        return chains.stream().mapToDouble(ChainResult::bestObjective).average().orElse(Double.NaN);
    }

    /** Search throughput summed over chains. */
    public double proposalsPerSecond() {
        return chains.stream().mapToDouble(ChainResult::proposalsPerSecond).sum();
    }

    public boolean cancelled() {
        return chains.stream().anyMatch(c -> c.stopReason() == StopReason.CANCELLED);
    }
}
