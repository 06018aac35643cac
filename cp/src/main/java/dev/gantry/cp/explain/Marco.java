package dev.gantry.cp.explain;

import dev.gantry.modeling.api.BoolVar;
import dev.gantry.modeling.api.Clause;
import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Literal;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * MARCO (Liffiton et al. 2016): every MUS and every MCS of a small candidate set. A map of unexplored subsets (one
 * Boolean per group, a clause blocking the supersets of each MUS and the subsets of each satisfiable set found) yields
 * a maximal seed; a satisfiable seed grows to a maximal satisfiable set (its complement is an MCS), an infeasible one
 * shrinks to a MUS.
 */
final class Marco {
    private Marco() {
    }

    static Enumeration enumerate(Run run) {
        List<Group> cands = run.candidates;
        List<List<String>> muses = new ArrayList<>();
        List<List<String>> mcses = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        boolean complete = true;
        while (true) {
            MapSeed seed = seed(run, cands, blocks);
            if (seed.status == Status.INFEASIBLE) {
                break;
            }
            if (seed.groups == null) {
                complete = false;
                break;
            }
            Set<Group> s = seed.groups;
            Check c = run.solver.check(s);
            if (c.verdict() == Verdict.UNKNOWN) {
                complete = false;
                break;
            }
            if (c.verdict() == Verdict.SAT) {
                for (Group g : cands) {
                    if (!s.contains(g)) {
                        Set<Group> trial = new LinkedHashSet<>(s);
                        trial.add(g);
                        Check t = run.solver.check(trial);
                        if (t.verdict() == Verdict.SAT) {
                            s = trial;
                        } else if (t.verdict() == Verdict.UNKNOWN) {
                            complete = false;
                        }
                    }
                }
                List<Group> mcs = new ArrayList<>(cands);
                mcs.removeAll(s);
                mcses.add(names(mcs));
                blocks.add(new Block(mcs.stream().map(cands::indexOf).toList(), true));
            } else {
                Set<Group> core = c.core().isEmpty() ? s : c.core();
                MusSearch.Result mus = new MusSearch(run.solver).deletion(cands.stream().filter(core::contains).toList());
                complete &= mus.minimal();
                muses.add(names(mus.groups()));
                blocks.add(new Block(mus.groups().stream().map(cands::indexOf).toList(), false));
            }
        }
        return new Enumeration(muses, mcses, complete);
    }

    /** A maximal unexplored subset; {@code groups} is null when the map solve was not decided. */
    private record MapSeed(Status status, Set<Group> groups) {
    }

    /** A clause of the map: some of these groups in (an MCS: no subset of the satisfiable set again) or out (a MUS). */
    private record Block(List<Integer> groups, boolean in) {
    }

    private static MapSeed seed(Run run, List<Group> cands, List<Block> blocks) {
        ModelBuilder b = Model.builder("marco-map");
        List<BoolVar> xs = new ArrayList<>();
        for (int i = 0; i < cands.size(); i++) {
            xs.add(b.boolVar("x" + i));
        }
        for (Block block : blocks) {
            b.add(new Clause(block.groups().stream().map(i -> block.in() ? (Literal) xs.get(i) : xs.get(i).not()).toList()));
        }
        b.maximize(LinExpr.sum(xs));
        SolveResult r = run.solve(b.build(), false);
        if (r.status() == Status.INFEASIBLE) {
            return new MapSeed(Status.INFEASIBLE, null);
        }
        if (!r.hasSolution()) {
            return new MapSeed(r.status(), null);
        }
        Set<Group> s = new LinkedHashSet<>();
        for (int i = 0; i < cands.size(); i++) {
            if (r.solution().value(xs.get(i)) == 1) {
                s.add(cands.get(i));
            }
        }
        return new MapSeed(r.status(), s);
    }

    private static List<String> names(List<Group> groups) {
        return groups.stream().map(Group::name).toList();
    }
}
