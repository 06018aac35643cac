package dev.gantry.metaheuristics.sa;

/**
 * Hears of new best solutions while a run goes on, so an interrupted run keeps what it found. Calls come from
 * the chains' threads (at most one per chain every {@link Annealer#NOTIFY_INTERVAL_NANOS}, and once at each
 * chain's end): implementations must be thread-safe and quick.
 */
@FunctionalInterface
public interface AnnealingListener<S> {
    void newBest(int chain, S solution, double objective, long proposals);

    static <S> AnnealingListener<S> none() {
        return (chain, solution, objective, proposals) -> {
        };
    }
}
