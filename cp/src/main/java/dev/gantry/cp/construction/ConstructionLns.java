package dev.gantry.cp.construction;

import dev.gantry.cp.jobshop.HybridOptions;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.construction.Activity;
import dev.gantry.modeling.construction.ConstructionModel;
import dev.gantry.modeling.construction.ConstructionSchedule;
import dev.gantry.modeling.construction.Crew;
import dev.gantry.modeling.construction.Project;
import dev.gantry.modeling.construction.SerialSchedule;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Large-neighbourhood search for construction projects (engine {@code hybrid}): the serial warm start, a full CP-SAT
 * solve for a quarter of the time (it proves the tardiness and gives a finish bound), then CP-SAT on neighbourhoods of
 * the incumbent ({@link Neighbourhood}), hinted with it, all under one wall-clock limit. A neighbourhood frees either
 * the activities that start in a random time window or a run of one or two crews' activities; a window CP-SAT proves
 * quickly grows, one it cannot finish shrinks. A plan no worse (tardiness, finish, milestone dates) is accepted. The
 * search stops at the proven bound or at the limit.
 */
public final class ConstructionLns {
    public static final String ENGINE_ID = "hybrid";
    private static final Duration MIN_NEIGHBOURHOOD = Duration.ofMillis(200);
    private static final int MIN_WINDOW = 8;

    /** One line of progress: the best finish so far, its weighted tardiness, when, and how many neighbourhoods were solved. */
    public record Progress(long finish, long tardiness, Duration elapsed, int neighbourhoods) {
    }

    private ConstructionLns() {
    }

    /** The defaults: neighbourhoods of up to 2 s, first windows of 40 activities. */
    public static HybridOptions options(Duration timeLimit, int workers, long seed) {
        return new HybridOptions(timeLimit, workers, seed, Duration.ofSeconds(2), 40, Optional.empty());
    }

    /** Searches {@code model}'s project; the time limit counts from now, the warm start included. */
    public static LnsResult solve(ConstructionModel model, HybridOptions options, Consumer<Progress> listener) {
        long t0 = System.nanoTime();
        long deadline = t0 + options.timeLimit().toNanos();
        Project project = model.project();
        SerialSchedule warm = SerialSchedule.of(project);
        SplittableRandom random = new SplittableRandom(options.seed());

        SolveResult full = cpsat(model.model(), model.hint(warm.schedule()), options.timeLimit().dividedBy(4), options, random);
        ConstructionSchedule best = warm.feasible() ? warm.schedule() : null;
        long fullFinish = -1;
        if (full.hasSolution()) {
            ConstructionSchedule plan = model.decode(full.solution());
            fullFinish = plan.finish();
            if (best == null || PlanScore.of(plan).compareTo(PlanScore.of(best)) <= 0) {
                best = plan;
            }
        }
        if (best == null) {
            return new LnsResult(Optional.empty(), full.status() == Status.INFEASIBLE ? Status.INFEASIBLE : Status.UNKNOWN,
                    warm.schedule().finish(), fullFinish, model.finishBound().value(), false, 0, 0, since(t0), cancelled(options));
        }
        boolean tardinessProven = model.finishStage() == 0 || best.weightedTardiness() == 0 || full.status() == Status.OPTIMAL
                || full.stageBound(0).isPresent() && full.stageBound(0).getAsLong() >= best.weightedTardiness();
        long bound = model.finishBound().value();
        if (full.status() == Status.OPTIMAL) {
            bound = Math.max(bound, model.decode(full.solution()).finish());
        } else if (full.stageBound(model.finishStage()).isPresent()) {
            bound = Math.max(bound, full.stageBound(model.finishStage()).getAsLong());
        }
        return search(model, best, tardinessProven, bound, warm.schedule().finish(), fullFinish, options, listener, random, t0);
    }

    /**
     * Improves {@code plan} by neighbourhoods alone, the resource bound as the only bound; the time limit counts from now.
     */
    static LnsResult improve(ConstructionModel model, ConstructionSchedule plan, HybridOptions options, Consumer<Progress> listener) {
        boolean tardinessProven = model.finishStage() == 0 || plan.weightedTardiness() == 0;
        return search(model, plan, tardinessProven, model.finishBound().value(), plan.finish(), -1, options, listener,
                new SplittableRandom(options.seed()), System.nanoTime());
    }

    private static LnsResult search(ConstructionModel model, ConstructionSchedule start, boolean provenTardiness, long bound, long warmFinish,
                                    long fullFinish, HybridOptions options, Consumer<Progress> listener, SplittableRandom random, long t0) {
        long deadline = t0 + options.timeLimit().toNanos();
        Project project = model.project();
        ConstructionSchedule best = start;
        boolean tardinessProven = provenTardiness;
        listener.accept(new Progress(best.finish(), best.weightedTardiness(), since(t0), 0));
        List<Neighbourhood.Conflict> conflicts = Neighbourhood.conflicts(project);
        List<List<String>> crews = crewMembers(project);
        int count = project.activities().size();
        // one size per kind: crew runs are solved fast, which must not grow the time windows
        double[] window = {Math.min(count, options.initialWindow()), Math.min(count, options.initialWindow())};
        int neighbourhoods = 0;
        int improvements = 0;
        while (!(tardinessProven && best.finish() <= bound) && !cancelled(options)) {
            long left = deadline - System.nanoTime();
            Duration limit = Duration.ofNanos(Math.min(left, options.neighbourhoodLimit().toNanos()));
            if (limit.compareTo(MIN_NEIGHBOURHOOD) < 0) {
                break;
            }
            boolean crewKind = !crews.isEmpty() && random.nextBoolean();
            int kind = crewKind ? 1 : 0;
            Set<String> free = crewKind ? crewRun(best, crews, (int) window[kind], random) : timeWindow(best, (int) window[kind], random);
            Model restricted = Neighbourhood.restrict(model, best, free, conflicts, tardinessProven);
            SolveResult r = cpsat(restricted, model.hint(best), limit, options, random);
            neighbourhoods++;
            if (r.hasSolution()) {
                ConstructionSchedule plan = model.decode(r.solution());
                int cmp = PlanScore.of(plan).compareTo(PlanScore.of(best));
                if (cmp <= 0) {
                    if (cmp < 0) {
                        improvements++;
                        listener.accept(new Progress(plan.finish(), plan.weightedTardiness(), since(t0), neighbourhoods));
                    }
                    best = plan;
                    tardinessProven |= best.weightedTardiness() == 0;
                }
            }
            boolean finished = r.status() == Status.OPTIMAL || r.status() == Status.INFEASIBLE;
            window[kind] = finished && r.wallTime().compareTo(limit.dividedBy(2)) < 0 ? Math.min(count, window[kind] * 1.2)
                    : finished ? window[kind] : Math.max(MIN_WINDOW, window[kind] * 0.8);
        }
        boolean optimal = tardinessProven && best.finish() <= bound;
        return new LnsResult(Optional.of(best), optimal ? Status.OPTIMAL : Status.FEASIBLE, warmFinish, fullFinish, bound,
                tardinessProven, neighbourhoods, improvements, since(t0), cancelled(options));
    }

    private static SolveResult cpsat(Model model, Hint hint, Duration limit, HybridOptions options, SplittableRandom random) {
        SolveOptions.Builder solve = SolveOptions.builder().workers(options.workers()).seed(random.nextInt(1 << 30)).timeLimit(limit).hint(hint);
        options.cancellation().ifPresent(solve::cancellation);
        return Backends.get("cpsat").solve(model, solve.build());
    }

    /** About {@code size} activities that start consecutively in the plan, at a random place. */
    private static Set<String> timeWindow(ConstructionSchedule plan, int size, SplittableRandom random) {
        List<Activity> byStart = new ArrayList<>(plan.project().activities());
        byStart.sort(Comparator.comparingLong(a -> plan.start(a.id())));
        int first = random.nextInt(byStart.size() - size + 1);
        long from = plan.start(byStart.get(first).id());
        int last = first + size;
        while (last < byStart.size() && plan.start(byStart.get(last).id()) == from) {
            last++;
        }
        long to = last < byStart.size() ? plan.start(byStart.get(last).id()) : Long.MAX_VALUE;
        Set<String> free = new HashSet<>();
        byStart.stream().filter(a -> plan.start(a.id()) >= from && plan.start(a.id()) < to).forEach(a -> free.add(a.id()));
        return free;
    }

    /** A run of up to {@code size} consecutive activities (by start) of one or two random crews. */
    private static Set<String> crewRun(ConstructionSchedule plan, List<List<String>> crews, int size, SplittableRandom random) {
        Set<String> members = new HashSet<>(crews.get(random.nextInt(crews.size())));
        if (crews.size() > 1 && random.nextBoolean()) {
            members.addAll(crews.get(random.nextInt(crews.size())));
        }
        List<String> byStart = new ArrayList<>(members);
        byStart.sort(Comparator.comparingLong(plan::start).thenComparing(Comparator.naturalOrder()));
        int run = Math.min(size, byStart.size());
        int first = random.nextInt(byStart.size() - run + 1);
        return new HashSet<>(byStart.subList(first, first + run));
    }

    /** The activities with work for each crew that has any. */
    private static List<List<String>> crewMembers(Project project) {
        List<List<String>> crews = new ArrayList<>();
        for (Crew c : project.crews()) {
            List<String> members = project.activities().stream()
                    .filter(a -> a.duration() > 0 && a.demands().getOrDefault(c.id(), 0L) > 0).map(Activity::id).toList();
            if (!members.isEmpty()) {
                crews.add(members);
            }
        }
        return crews;
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private static boolean cancelled(HybridOptions options) {
        return options.cancellation().map(t -> t.isCancelled()).orElse(false);
    }
}
