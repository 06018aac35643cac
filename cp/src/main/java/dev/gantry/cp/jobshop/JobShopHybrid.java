package dev.gantry.cp.jobshop;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopHeuristic;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.modeling.jobshop.ScheduledOperation;
import dev.gantry.modeling.scheduling.SchedulingModel;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Hybrid solving for large job shops (engine {@code hybrid}): a dispatched plan, then large-neighbourhood search
 * in which CP-SAT re-solves one time window of the incumbent at a time ({@link TimeWindow}), hinted with the
 * incumbent, all under one wall-clock limit. A window's solution never lengthens the plan, so every neighbourhood
 * is accepted. Windows that CP-SAT proves optimal quickly grow, windows it cannot finish shrink; a window that
 * covers the whole instance is a full CP-SAT solve, whose proof ends the search.
 */
public final class JobShopHybrid {
    public static final String ENGINE_ID = "hybrid";
    /**
     * The dispatching rules the search starts from unless told otherwise, the best plan winning: the learned rule is
     * better on Taillard's instances, FDD/MWKR on very flat ones such as 1000×20, where it often reaches the lower bound.
     */
    public static final List<String> DEFAULT_STARTS = List.of("learned", "fdd-mwkr");
    private static final Duration MIN_NEIGHBOURHOOD = Duration.ofMillis(100);
    private static final int MIN_WINDOW = 20;

    /** One line of progress: the best makespan so far, when, and how many neighbourhoods have been solved. */
    public record Progress(long makespan, Duration elapsed, int neighbourhoods) {
    }

    private JobShopHybrid() {
    }

    /**
     * Dispatches with each of {@code starts}, keeps the shortest plan (the first on ties) and improves it; the time
     * limit counts from now, the dispatches included.
     */
    public static HybridResult solve(JobShop shop, List<JobShopHeuristic> starts, HybridOptions options, Consumer<Progress> listener) {
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("the hybrid search needs at least one starting heuristic");
        }
        long t0 = System.nanoTime();
        JobShopSchedule best = null;
        String from = null;
        for (JobShopHeuristic h : starts) {
            JobShopSchedule plan = h.schedule(shop, options.seed());
            if (best == null || plan.makespan() < best.makespan()) {
                best = plan;
                from = h.id();
            }
        }
        return improve(best, from, options, listener, t0);
    }

    /**
     * The registered heuristics with these ids (see {@link JobShopHeuristic#byId}), in order.
     *
     * @throws IllegalArgumentException when one of them is not on the class path
     */
    public static List<JobShopHeuristic> registered(List<String> ids) {
        return ids.stream().map(id -> JobShopHeuristic.byId(id).orElseThrow(() -> new IllegalArgumentException("no job-shop heuristic '"
                + id + "' on the class path (gantry-learned-heuristics registers spt, fifo, mwkr, mopnr, fdd-mwkr and learned)"))).toList();
    }

    /** Improves {@code start}; the time limit counts from now. */
    public static HybridResult improve(JobShopSchedule start, HybridOptions options, Consumer<Progress> listener) {
        return improve(start, "given", options, listener, System.nanoTime());
    }

    private static HybridResult improve(JobShopSchedule start, String startedFrom, HybridOptions options, Consumer<Progress> listener, long t0) {
        long deadline = t0 + options.timeLimit().toNanos();
        JobShop shop = start.instance();
        MachineSequences sequences = MachineSequences.of(start);
        JobShopSchedule best = sequences.leftJustified();
        if (best.makespan() > start.makespan()) {
            throw new IllegalArgumentException("the starting plan is not feasible: its machine orders left-justify to makespan "
                    + best.makespan() + " > " + start.makespan());
        }
        long startMakespan = best.makespan();
        long lowerBound = shop.trivialLowerBound();
        listener.accept(new Progress(best.makespan(), Duration.ofNanos(System.nanoTime() - t0), 0));
        SplittableRandom random = new SplittableRandom(options.seed());
        int count = shop.operationCount();
        double window = Math.min(count, options.initialWindow());
        int neighbourhoods = 0;
        int improvements = 0;
        boolean proven = best.makespan() <= lowerBound;
        while (!proven && !cancelled(options)) {
            long left = deadline - System.nanoTime();
            Duration limit = Duration.ofNanos(Math.min(left, options.neighbourhoodLimit().toNanos()));
            if (limit.compareTo(MIN_NEIGHBOURHOOD) < 0) {
                break;
            }
            boolean whole = window >= count;
            TimeWindow neighbourhood = whole ? new TimeWindow(sequences, best, 0, Long.MAX_VALUE) : randomWindow(sequences, best, (int) window, random);
            TimeWindow.Subproblem sub = neighbourhood.subproblem(shop.name() + "/window", best.makespan());
            SchedulingModel model = SchedulingModel.compile(sub.problem());
            SolveOptions.Builder solve = SolveOptions.builder().workers(options.workers()).seed(random.nextInt(1 << 30)).timeLimit(limit)
                    .hint(model.hint(sub.incumbent()));
            options.cancellation().ifPresent(solve::cancellation);
            SolveResult r = Backends.get("cpsat").solve(model.model(), solve.build());
            neighbourhoods++;
            if (whole && r.bestBound().isPresent()) {
                lowerBound = Math.max(lowerBound, r.bestBound().getAsLong());
            }
            if (r.hasSolution()) {
                MachineSequences candidate = neighbourhood.reordered(model.decode(r.solution()));
                JobShopSchedule plan = candidate.leftJustified();
                if (plan.makespan() <= best.makespan()) {
                    if (plan.makespan() < best.makespan()) {
                        improvements++;
                        listener.accept(new Progress(plan.makespan(), Duration.ofNanos(System.nanoTime() - t0), neighbourhoods));
                    }
                    sequences = candidate;
                    best = plan;
                }
            }
            boolean finished = r.status() == Status.OPTIMAL || r.status() == Status.INFEASIBLE;
            window = finished && r.wallTime().compareTo(limit.dividedBy(2)) < 0 ? Math.min(count, window * 1.2)
                    : finished ? window : Math.max(MIN_WINDOW, window * 0.8);
            proven = best.makespan() <= lowerBound;
        }
        return new HybridResult(best, startedFrom, startMakespan, lowerBound, proven, neighbourhoods, improvements,
                Duration.ofNanos(System.nanoTime() - t0), cancelled(options));
    }

    /** About {@code size} operations that start consecutively in the plan, at a random place. */
    private static TimeWindow randomWindow(MachineSequences sequences, JobShopSchedule plan, int size, SplittableRandom random) {
        long[] starts = plan.operations().stream().sorted(MachineSequences.PLAN_ORDER).mapToLong(ScheduledOperation::start).toArray();
        int first = random.nextInt(starts.length - size + 1);
        long from = starts[first];
        int last = first + size;
        while (last < starts.length && starts[last] == from) {
            last++;
        }
        long to = last < starts.length ? starts[last] : Long.MAX_VALUE;
        return new TimeWindow(sequences, plan, from, to);
    }

    private static boolean cancelled(HybridOptions options) {
        return options.cancellation().map(t -> t.isCancelled()).orElse(false);
    }
}
