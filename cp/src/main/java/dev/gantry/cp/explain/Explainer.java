package dev.gantry.cp.explain;

import dev.gantry.modeling.api.ConstraintScope;
import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Hint;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.Param;
import dev.gantry.modeling.api.PostedConstraint;
import dev.gantry.modeling.spi.Backend;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The explainer of modeling.md §4, written once over the backend SPI: for an infeasible model, a minimal conflict among
 * its named groups (first core E4, deletion with core refinement E5 or QuickXplain E6), verified by fresh solves (E9),
 * the cheapest correction set (E7), optionally every MUS and MCS (MARCO), and numeric repairs of parameters (E8). On
 * CP-SAT the checks assume one literal per group on one compiled model; other backends re-solve with groups left out.
 *
 * <pre>{@code
 * Explainer ex = Explainer.of(Backends.get("cpsat"), ExplainOptions.defaults().withPreference("deadline"));
 * Explanation e = ex.explain(model);
 * Repair fix = ex.repair(model, RepairRequest.of("deadline", Direction.INCREASE).phrased("end by day {value}"));
 * System.out.println(e.withRepairs(fix).toText());
 * }</pre>
 */
public final class Explainer {
    private final Backend backend;
    private final ExplainOptions options;

    private Explainer(Backend backend, ExplainOptions options) {
        this.backend = Objects.requireNonNull(backend, "backend");
        this.options = Objects.requireNonNull(options, "options");
    }

    public static Explainer of(Backend backend) {
        return new Explainer(backend, ExplainOptions.defaults());
    }

    public static Explainer of(Backend backend, ExplainOptions options) {
        return new Explainer(backend, options);
    }

    public ExplainOptions options() {
        return options;
    }

    /** Explains why the candidate groups of {@code model} cannot all hold (or says that they can). */
    public Explanation explain(Model model) {
        return explain(model, Hint.of(Map.of()));
    }

    /**
     * As {@link #explain(Model)}, every check warm-started from {@code hint} (a heuristic plan, say): large models
     * then show feasible subsets within a check's limit.
     */
    public Explanation explain(Model model, Hint hint) {
        long t0 = System.nanoTime();
        Budget budget = new Budget(options.totalTimeLimit(), options.checkTimeLimit());
        Run run = new Run(backend, options, model, options.candidatesIn(model), budget);
        if (!hint.values().isEmpty()) {
            run.hint(hint);
        }
        Check all = run.solver.check(new LinkedHashSet<>(run.candidates));
        switch (all.verdict()) {
            case SAT -> {
                boolean ok = run.subsets.accepts(Set.copyOf(run.candidates), all.witness().orElseThrow());
                return result(run, ExplanationStatus.FEASIBLE, List.of(), true, ok, Optional.empty(), Optional.empty(), t0);
            }
            case UNKNOWN -> {
                run.notes.add(all.reason());
                return result(run, ExplanationStatus.UNKNOWN, List.of(), false, false, Optional.empty(), Optional.empty(), t0);
            }
            default -> {
            }
        }
        Set<Group> core = all.core();
        if (core.isEmpty() && run.solver.check(Set.of()).verdict() == Verdict.UNSAT) {
            return background(run, budget, t0);
        }
        if (core.isEmpty()) {
            core = Set.copyOf(run.candidates);
        }
        return conflict(run, ExplanationStatus.INFEASIBLE, core, t0);
    }

    /** The smallest change of one parameter that makes the model feasible (E8); a suggestion, the model is not changed. */
    public Repair repair(Model model, RepairRequest request) {
        Budget budget = new Budget(options.totalTimeLimit(), options.checkTimeLimit());
        return NumericRepair.find(new Run(backend, options, model, List.of(), budget), request);
    }

    /** The smallest change of {@code param} in {@code direction} (spec §5's form). */
    public Repair repair(Model model, Param param, Direction direction) {
        return repair(model, RepairRequest.of(param.name(), direction));
    }

    /** Every MUS and every MCS of the candidate groups (MARCO); meant for small candidate sets. */
    public Enumeration enumerate(Model model) {
        Budget budget = new Budget(options.totalTimeLimit(), options.checkTimeLimit());
        return Marco.enumerate(new Run(backend, options, model, options.candidatesIn(model), budget));
    }

    private Explanation conflict(Run run, ExplanationStatus status, Set<Group> core, long t0) {
        MusSearch search = new MusSearch(run.solver);
        MusSearch.Result mus;
        if (options.preference().isEmpty()) {
            mus = search.deletion(byVariablesDescending(run.model, run.candidates.stream().filter(core::contains).toList()));
        } else {
            List<Group> ordered = new ArrayList<>(run.candidates.stream().filter(core::contains).toList());
            ordered.sort(Comparator.comparingInt(options::preferenceRank));
            mus = search.quickXplain(ordered);
        }
        run.notes.addAll(mus.notes());
        boolean verified = Verification.verify(run, mus.groups(), mus.witnesses(), mus.others());
        Optional<Correction> correction = CorrectionSearch.cheapest(run);
        Optional<Enumeration> every = Optional.empty();
        if (options.enumerate()) {
            if (run.candidates.size() <= options.enumerateLimit()) {
                every = Optional.of(Marco.enumerate(run));
            } else {
                run.notes.add("not enumerated: " + run.candidates.size() + " candidate groups, more than " + options.enumerateLimit());
            }
        }
        return result(run, status, mus.groups(), mus.minimal(), verified, correction, every, t0);
    }

    /** E10: the background alone is infeasible; explain it with one automatic group per hard constraint. */
    private Explanation background(Run run, Budget budget, long t0) {
        ModelBuilder b = run.model.deriveWithoutConstraints().clearObjective();
        Set<Group> candidates = new HashSet<>(run.candidates);
        int site = 0;
        for (PostedConstraint pc : run.model.constraints()) {
            if (!pc.isBackground() && candidates.contains(pc.group())) {
                continue;
            }
            site++;
            String label = pc.isBackground() ? "background constraint " + pc.constraint()
                    : pc.group().labelIn(run.model) + " (" + pc.group().name() + ")";
            b.group("site/" + site).label(label.replace("{", "(").replace("}", ")")).add(pc.constraint());
        }
        Model automatic = b.build();
        Run inner = new Run(backend, options.withCandidates().withPreference(), automatic, automatic.groups(), budget);
        inner.notes.addAll(run.notes);
        inner.notes.add("the background is infeasible on its own; groups are its constraint sites");
        Check all = inner.solver.check(new LinkedHashSet<>(inner.candidates));
        Set<Group> core = all.verdict() == Verdict.UNSAT && !all.core().isEmpty() ? all.core() : Set.copyOf(inner.candidates);
        Explanation e = conflict(inner, ExplanationStatus.BACKGROUND_INFEASIBLE, core, t0);
        return new Explanation(e.status(), e.minimal(), e.verified(), e.groups(), Optional.empty(), e.repairs(), e.all(),
                e.checks() + run.checks(), e.wallMillis(), e.backend(), e.notes());
    }

    /** Groups over more variables first: dropping them early tends to leave small cores (E5). */
    private static List<Group> byVariablesDescending(Model model, List<Group> groups) {
        List<Group> out = new ArrayList<>(groups);
        Map<Group, Integer> size = new java.util.HashMap<>();
        for (Group g : groups) {
            Set<IntVar> vars = new HashSet<>();
            model.constraintsOf(g).forEach(pc -> vars.addAll(ConstraintScope.variables(pc.constraint())));
            size.put(g, vars.size());
        }
        out.sort(Comparator.comparingInt((Group g) -> size.get(g)).reversed());
        return out;
    }

    private Explanation result(Run run, ExplanationStatus status, List<Group> groups, boolean minimal, boolean verified,
                               Optional<Correction> correction, Optional<Enumeration> every, long t0) {
        return new Explanation(status, minimal, verified, groups.stream().map(g -> ExplainedGroup.of(g, run.model)).toList(),
                correction, List.of(), every, run.checks(), (System.nanoTime() - t0) / 1_000_000,
                backend.id() + " " + backend.version(), run.notes.stream().distinct().toList());
    }
}
