package dev.gantry.metaheuristics.sa;

import dev.gantry.modeling.api.CancellationToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The simulated-annealing engine: independent chains with Metropolis acceptance on a worker budget. Each chain
 * gets its own generator split from the master seed in chain order, so a step-budget run is reproducible bit
 * for bit whatever the worker count.
 */
public final class Annealer {
    /** Listeners hear of a chain's new best at most this often. */
    public static final long NOTIFY_INTERVAL_NANOS = 100_000_000L;
    private static final int CLOCK_MASK = 1023;

    private Annealer() {
    }

    public static <S> AnnealingResult<S> run(AnnealingProblem<S> problem, AnnealingConfig config) {
        return run(problem, config, Optional.empty(), AnnealingListener.none(), new CancellationToken());
    }

    /**
     * Runs every chain of {@code config}, each from {@code start} when given (a warm start), else from the
     * configured kind of start. Cancellation stops all chains at their next clock check; the best found so far
     * is returned.
     */
    public static <S> AnnealingResult<S> run(AnnealingProblem<S> problem, AnnealingConfig config, Optional<S> start,
            AnnealingListener<S> listener, CancellationToken cancel) {
        long t0 = System.nanoTime();
        Shared shared = new Shared(t0, cancel);
        SplittableRandom master = new SplittableRandom(config.seed());
        List<SplittableRandom> randoms = new ArrayList<>();
        for (int c = 0; c < config.chains(); c++) {
            randoms.add(master.split());
        }
        List<Chain<S>> chains = new ArrayList<>();
        int threads = Math.min(config.workers(), config.chains());
        if (threads == 1) {
            for (int c = 0; c < config.chains(); c++) {
                chains.add(new Chain<>(c, problem, config, randoms.get(c), start, listener, shared).run());
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "gantry-sa-chain");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<Chain<S>>> futures = new ArrayList<>();
                for (int c = 0; c < config.chains(); c++) {
                    Chain<S> chain = new Chain<>(c, problem, config, randoms.get(c), start, listener, shared);
                    futures.add(pool.submit(chain::run));
                }
                for (Future<Chain<S>> f : futures) {
                    chains.add(f.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancel.cancel();
                throw new IllegalStateException("interrupted while annealing", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        Chain<S> best = chains.get(0);
        for (Chain<S> c : chains) {
            if (c.bestObjective < best.bestObjective) {
                best = c;
            }
        }
        List<ChainResult> results = chains.stream().map(c -> c.result).toList();
        return new AnnealingResult<>(best.bestSolution, best.bestObjective, best.index, results, System.nanoTime() - t0);
    }

    /**
     * What the chains of one run share: when the run started (the time budget covers start solutions and
     * calibration too, so a user's limit is wall-clock), the user's cancellation, and whether any chain reached
     * the target (then all stop: the run's answer is found).
     */
    private static final class Shared {
        final long start;
        final CancellationToken cancel;
        volatile boolean targetReached;

        Shared(long start, CancellationToken cancel) {
            this.start = start;
            this.cancel = cancel;
        }
    }

    /** One Markov chain. The hot loop lives in {@link #search}; everything else is set-up and accounting. */
    private static final class Chain<S> {
        private final int index;
        private final AnnealingProblem<S> problem;
        private final AnnealingConfig config;
        private final SplittableRandom random;
        private final Optional<S> start;
        private final AnnealingListener<S> listener;
        private final Shared shared;
        private S bestSolution;
        private double bestObjective;
        private ChainResult result;

        Chain(int index, AnnealingProblem<S> problem, AnnealingConfig config, SplittableRandom random, Optional<S> start,
                AnnealingListener<S> listener, Shared shared) {
            this.index = index;
            this.problem = problem;
            this.config = config;
            this.random = random;
            this.start = start;
            this.listener = listener;
            this.shared = shared;
        }

        Chain<S> run() {
            AnnealingState<S> state = start.isPresent() ? problem.start(start.get(), random) : problem.start(config.start(), random);
            int types = state.moveTypes().count();
            double t0;
            double tEnd;
            long calibration = 0;
            if (config.temperatures() instanceof Temperatures.Fixed fixed) {
                t0 = fixed.start();
                tEnd = fixed.end();
            } else {
                Calibration c = Calibration.of(state, (Temperatures.Calibrated) config.temperatures(), random);
                t0 = c.startTemperature();
                tEnd = c.endTemperature();
                calibration = c.proposals();
            }
            search(state, t0, tEnd, calibration);
            return this;
        }

        private void search(AnnealingState<S> state, double t0, double tEnd, long calibration) {
            MoveTypes moveTypes = state.moveTypes();
            int types = moveTypes.count();
            MoveSelector selector = new MoveSelector(config.moveSelection(), types);
            long[] proposed = new long[types];
            long[] accepted = new long[types];
            long[] improving = new long[types];
            ImprovementTrace trace = new ImprovementTrace(index, config.traceCapacity(), moveTypes);
            Termination term = config.termination();
            Cooling cooling = config.cooling();
            Reheat reheat = config.reheat().orElse(null);
            AcceptanceSteering steering = config.steering().orElse(null);
            int uphillSeen = 0;
            int uphillAccepted = 0;
            boolean stepDriven = term.stepDriven();
            long budget = term.proposals();
            long searchStart = System.nanoTime();
            long deadline = term.time() == null ? Long.MAX_VALUE : shared.start + term.time().toNanos();
            // the schedule spans the search itself: set-up and calibration came out of the budget already
            long timeNanos = Math.max(1, deadline - searchStart);
            int perLevel = config.proposalsPerLevel();
            long levels = stepDriven ? Math.max(1, (budget + perLevel - 1) / perLevel) : 0;
            double alpha = Math.pow(tEnd / t0, 1.0 / Math.max(1, levels));
            double target = term.target().orElse(Double.NEGATIVE_INFINITY);
            long stagnation = term.stagnation();

            double startObjective = state.objective();
            double current = startObjective;
            double best = current;
            S bestSnapshot = null;
            boolean atBest = true; // the best is the current state: snapshot lazily, only when leaving it uphill
            boolean unreported = true;
            long lastNotify = searchStart - NOTIFY_INTERVAL_NANOS;
            double scale = 1; // reheats multiply the base curve
            double temperature = t0;
            double temperatureAtBest = t0;
            long lastBest = 0;
            long lastReheat = 0;
            long reheats = 0;
            long acceptedTotal = 0;
            long level = 0;
            int inLevel = 0;
            long k = 0;
            long nextCheckpoint = 1;
            long acceptedAtCheckpoint = 0;
            long proposalsAtCheckpoint = 0;
            List<Checkpoint> checkpoints = new ArrayList<>();
            StopReason reason;
            trace.record(0, 0, current, temperature, ImprovementTrace.START);
            if (best <= target) {
                shared.targetReached = true;
                reason = StopReason.TARGET_REACHED;
            } else {
                while (true) {
                    if ((k & CLOCK_MASK) == 0) {
                        long now = System.nanoTime();
                        if (shared.cancel.isCancelled()) {
                            reason = StopReason.CANCELLED;
                            break;
                        }
                        if (shared.targetReached) {
                            reason = StopReason.TARGET_REACHED;
                            break;
                        }
                        if (now >= deadline) {
                            reason = StopReason.TIME_BUDGET;
                            break;
                        }
                        if (!stepDriven && steering == null) {
                            temperature = cooling.at(t0, tEnd, Math.min(1, (now - searchStart) / (double) timeNanos)) * scale;
                        }
                        if (unreported && now - lastNotify >= NOTIFY_INTERVAL_NANOS) {
                            listener.newBest(index, atBest ? state.snapshot() : bestSnapshot, best, k);
                            unreported = false;
                            lastNotify = now;
                        }
                    }
                    if (stepDriven && k >= budget) {
                        reason = StopReason.PROPOSAL_BUDGET;
                        break;
                    }
                    int type = selector.next(random);
                    double delta = state.propose(type, random);
                    k++;
                    proposed[type]++;
                    double credit = 0;
                    boolean accept = delta == delta && (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature));
                    if (steering != null && delta > 0) {
                        uphillAccepted += accept ? 1 : 0;
                        if (++uphillSeen == steering.window()) {
                            double progress = stepDriven ? k / (double) budget : (System.nanoTime() - searchStart) / (double) timeNanos;
                            temperature = steering.adjust(temperature, uphillAccepted / (double) uphillSeen, progress);
                            uphillSeen = 0;
                            uphillAccepted = 0;
                        }
                    }
                    if (accept) {
                        if (delta > 0 && atBest) {
                            bestSnapshot = state.snapshot();
                            atBest = false;
                        }
                        state.commit();
                        current += delta;
                        accepted[type]++;
                        acceptedTotal++;
                        if (delta < 0) {
                            improving[type]++;
                            credit = -delta / temperature;
                        }
                        if (config.debugChecks()) {
                            checkDrift(state, current, k);
                        }
                        if (current < best) {
                            best = current;
                            atBest = true;
                            bestSnapshot = null;
                            unreported = true;
                            lastBest = k;
                            temperatureAtBest = temperature;
                            credit += 1;
                            trace.record(k, System.nanoTime() - searchStart, best, temperature, type);
                            if (best <= target) {
                                selector.credit(type, credit);
                                shared.targetReached = true;
                                reason = StopReason.TARGET_REACHED;
                                break;
                            }
                        }
                    }
                    selector.credit(type, credit);
                    if (k == nextCheckpoint) {
                        checkpoints.add(checkpoint(k, current, best, temperature, acceptedTotal - acceptedAtCheckpoint,
                                k - proposalsAtCheckpoint, selector, types));
                        acceptedAtCheckpoint = acceptedTotal;
                        proposalsAtCheckpoint = k;
                        nextCheckpoint = Checkpoint.next(k);
                    }
                    if (stepDriven && steering == null && ++inLevel == perLevel) {
                        inLevel = 0;
                        level++;
                        temperature = cooling == Cooling.GEOMETRIC ? temperature * alpha
                                : cooling.at(t0, tEnd, Math.min(1, level / (double) levels)) * scale;
                    }
                    if (stagnation > 0 && k - lastBest >= stagnation) {
                        reason = StopReason.STAGNATION;
                        break;
                    }
                    if (reheat != null && k - Math.max(lastBest, lastReheat) >= reheat.afterProposals()) {
                        double hot = reheat.factor() * temperatureAtBest;
                        scale *= hot / temperature;
                        temperature = hot;
                        lastReheat = k;
                        reheats++;
                        if (reheat.fromBest() && !atBest) {
                            state.load(bestSnapshot);
                            current = state.objective();
                            atBest = true;
                            bestSnapshot = null;
                        }
                    }
                }
            }
            long searchNanos = System.nanoTime() - searchStart;
            double drift = Math.abs(state.evaluate() - state.objective());
            if (!atBest) {
                state.load(bestSnapshot);
            }
            problem.polish(state);
            if (state.objective() < best) {
                trace.record(k, System.nanoTime() - searchStart, state.objective(), temperature, ImprovementTrace.POLISH);
            }
            trace.close();
            bestSolution = state.snapshot();
            // the objective of the returned solution itself, free of any rounding the deltas accumulated
            best = state.objective();
            bestObjective = best;
            listener.newBest(index, bestSolution, best, k);
            List<MoveStats> stats = new ArrayList<>();
            for (int t = 0; t < types; t++) {
                stats.add(new MoveStats(moveTypes.name(t), proposed[t], accepted[t], improving[t], selector.probability(t)));
            }
            result = new ChainResult(index, startObjective, best, k, acceptedTotal, calibration, t0, tEnd, reason, searchNanos,
                    reheats, drift, stats, trace, checkpoints);
        }

        private static Checkpoint checkpoint(long k, double current, double best, double temperature, long accepted, long proposed,
                MoveSelector selector, int types) {
            List<Double> probabilities = new ArrayList<>();
            for (int t = 0; t < types; t++) {
                probabilities.add(selector.probability(t));
            }
            return new Checkpoint(k, current, best, temperature, proposed == 0 ? 0 : (double) accepted / proposed, probabilities);
        }

        private static void checkDrift(AnnealingState<?> state, double current, long proposal) {
            double full = state.evaluate();
            double tolerance = 1e-6 * Math.max(1, Math.abs(full));
            if (Math.abs(full - state.objective()) > tolerance || Math.abs(full - current) > tolerance) {
                throw new IllegalStateException("objective drift at proposal " + proposal + ": full " + full + ", incremental "
                        + state.objective() + ", engine " + current);
            }
        }
    }
}
