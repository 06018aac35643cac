package dev.gantry.metaheuristics.sa;

import java.util.List;

/**
 * What one chain did. Proposals count sampled-and-evaluated moves, accepted or not; calibration proposals are
 * counted apart and are not part of the budget. {@code drift} is |full objective − incremental objective| at
 * the end (zero for integer objectives). Checkpoints are taken at proposals 1, 2, 5, 10, 20, 50, …
 */
public record ChainResult(
        int chain,
        double startObjective,
        double bestObjective,
        long proposals,
        long accepted,
        long calibrationProposals,
        double startTemperature,
        double endTemperature,
        StopReason stopReason,
        long searchNanos,
        long reheats,
        double drift,
        List<MoveStats> moves,
        ImprovementTrace trace,
        List<Checkpoint> checkpoints) {

    public ChainResult {
        moves = List.copyOf(moves);
        checkpoints = List.copyOf(checkpoints);
    }

    /** Proposals per second of search (calibration and set-up excluded). */
    public double proposalsPerSecond() {
        return searchNanos == 0 ? 0 : proposals * 1e9 / searchNanos;
    }
}
