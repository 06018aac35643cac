package dev.gantry.cp.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.Constraint;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Cumulative;
import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Linear;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.ReferenceSemantics;
import dev.gantry.modeling.api.Relation;
import dev.gantry.modeling.api.Table;
import dev.gantry.modeling.api.Violation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property test: on small random infeasible models (linear, element and table groups over three variables, and interval groups with
 * NoOverlap, Cumulative, releases and deadlines), the explainer's MUS, QuickXplain's preferred MUS, the cheapest
 * correction set and MARCO's lists agree with brute force over every assignment and every subset of groups.
 */
class ExplainerBruteForceTest {
    private static final ExplainOptions OPTIONS = ExplainOptions.defaults().withCheckTimeLimit(Duration.ofSeconds(5))
            .withTotalTimeLimit(Duration.ofSeconds(60)).withEnumeration(true);

    /** Feasibility of every subset of groups, computed from all assignments. */
    private record Truth(List<Group> groups, Set<Integer> satisfiable) {
        boolean feasible(int mask) {
            return satisfiable.contains(mask);
        }

        int all() {
            return (1 << groups.size()) - 1;
        }

        List<Integer> muses() {
            List<Integer> out = new ArrayList<>();
            for (int s = 0; s <= all(); s++) {
                int set = s;
                if (!feasible(set) && bits(set).stream().allMatch(i -> feasible(set & ~(1 << i)))) {
                    out.add(set);
                }
            }
            return out;
        }

        List<Integer> mcses() {
            List<Integer> out = new ArrayList<>();
            for (int s = 0; s <= all(); s++) {
                int mss = s;
                if (feasible(mss) && bits(all() & ~mss).stream().noneMatch(i -> feasible(mss | 1 << i))) {
                    out.add(all() & ~mss);
                }
            }
            return out;
        }

        long cost(int mask) {
            return bits(mask).stream().mapToLong(i -> groups.get(i).weight()).sum();
        }

        int mask(List<String> names) {
            int m = 0;
            for (String n : names) {
                m |= 1 << groups.stream().map(Group::name).toList().indexOf(n);
            }
            return m;
        }
    }

    private static List<Integer> bits(int mask) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            if ((mask >> i & 1) == 1) {
                out.add(i);
            }
        }
        return out;
    }

    /** Every assignment of the model's variables: the sets of groups each satisfies (with the background), closed downwards. */
    private static Truth truth(Model model) {
        List<Group> groups = model.groups();
        Set<Integer> satisfied = new HashSet<>();
        List<IntVar> vars = model.variables();
        long[] values = new long[vars.size()];
        enumerate(model, vars, 0, values, groups, satisfied);
        Set<Integer> closed = new HashSet<>();
        for (int s = 0; s < 1 << groups.size(); s++) {
            int sub = s;
            if (satisfied.stream().anyMatch(m -> (m & sub) == sub)) {
                closed.add(s);
            }
        }
        return new Truth(groups, closed);
    }

    private static void enumerate(Model model, List<IntVar> vars, int k, long[] values, List<Group> groups, Set<Integer> out) {
        if (k == vars.size()) {
            int violated = 0;
            for (Violation v : ReferenceSemantics.check(model, values)) {
                if (v.constraint() == null || v.constraint().isBackground()) {
                    return;
                }
                violated |= 1 << groups.indexOf(v.constraint().group());
            }
            out.add(((1 << groups.size()) - 1) & ~violated);
            return;
        }
        for (long x = vars.get(k).domain().min(); x <= vars.get(k).domain().max(); x++) {
            values[k] = x;
            enumerate(model, vars, k + 1, values, groups, out);
        }
    }

    private static Model linearModel(Random rnd) {
        ModelBuilder m = Model.builder("random-linear");
        List<IntVar> x = List.of(m.intVar("x", 0, 3), m.intVar("y", 0, 3), m.intVar("z", 0, 3));
        if (rnd.nextBoolean()) {
            m.add(randomLinear(rnd, x));
        }
        int n = 4 + rnd.nextInt(4);
        for (int g = 0; g < n; g++) {
            ModelBuilder.GroupBuilder gb = m.group("g" + g).label("requirement " + g).weight(1 + rnd.nextInt(3));
            for (int c = 0; c < 1 + rnd.nextInt(2); c++) {
                gb.add(switch (rnd.nextInt(6)) {
                    case 0 -> randomTable(rnd, x);
                    case 1 -> Constraints.element(x.get(rnd.nextInt(3)),
                            new long[] {rnd.nextInt(4), rnd.nextInt(4), rnd.nextInt(4), rnd.nextInt(4)}, x.get(rnd.nextInt(3)));
                    default -> randomLinear(rnd, x);
                });
            }
        }
        return m.build();
    }

    private static Constraint randomTable(Random rnd, List<IntVar> x) {
        List<long[]> tuples = new ArrayList<>();
        for (int k = rnd.nextInt(5); k > 0; k--) {
            tuples.add(new long[] {rnd.nextInt(4), rnd.nextInt(4)});
        }
        return new Table(List.of(x.get(0).expr(), x.get(1 + rnd.nextInt(2)).expr()), tuples, rnd.nextBoolean());
    }

    private static Constraint randomLinear(Random rnd, List<IntVar> x) {
        LinExpr e = LinExpr.constant(0);
        for (IntVar v : x) {
            e = e.plus(v.times(rnd.nextInt(5) - 2));
        }
        Relation r = List.of(Relation.LE, Relation.GE, Relation.EQ, Relation.NE).get(rnd.nextInt(4));
        return new Linear(e, r, LinExpr.constant(rnd.nextInt(10) - 3));
    }

    private static Model intervalModel(Random rnd) {
        ModelBuilder m = Model.builder("random-intervals");
        List<IntervalVar> iv = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            iv.add(m.interval("I" + i).start(0, 4).size(1 + rnd.nextInt(3)).build());
        }
        int n = 4 + rnd.nextInt(3);
        for (int g = 0; g < n; g++) {
            ModelBuilder.GroupBuilder gb = m.group("g" + g).label("requirement " + g).weight(1 + rnd.nextInt(3));
            IntervalVar a = iv.get(rnd.nextInt(3));
            switch (rnd.nextInt(4)) {
                case 0 -> gb.add(Constraints.noOverlap(iv.stream().filter(v -> v != a || rnd.nextBoolean()).toList()));
                case 1 -> {
                    Cumulative.Builder cb = Constraints.cumulative(1 + rnd.nextInt(2));
                    iv.forEach(v -> cb.demand(v, 1 + rnd.nextInt(2)));
                    gb.add(cb.build());
                }
                case 2 -> gb.add(a.end().le(2 + rnd.nextInt(5)));
                default -> gb.add(a.start().ge(1 + rnd.nextInt(4)));
            }
        }
        return m.build();
    }

    /** A random model whose groups cannot all hold while its background can. */
    private static Model infeasible(Random rnd, boolean intervals) {
        while (true) {
            Model m = intervals ? intervalModel(rnd) : linearModel(rnd);
            Truth t = truth(m);
            if (!t.feasible(t.all()) && t.feasible(0)) {
                return m;
            }
        }
    }

    @Test
    void musQuickXplainCorrectionAndMarcoMatchBruteForceOnCpSat() {
        Random rnd = new Random(20261202);
        for (int k = 0; k < 30; k++) {
            Model model = infeasible(rnd, k % 2 == 1);
            Truth t = truth(model);
            String what = model.name() + " #" + k + "\n" + model.toText();

            Explanation e = Explainer.of(Backends.get("cpsat"), OPTIONS).explain(model);
            assertThat(e.status()).as(what).isEqualTo(ExplanationStatus.INFEASIBLE);
            assertThat(e.minimal()).as(what).isTrue();
            assertThat(e.verified()).as(what + e.notes()).isTrue();
            assertThat(e.notes()).as("native assumptions for every kind, element and table included").isEmpty();
            assertThat(t.muses()).as(what).contains(t.mask(names(e)));
            Correction c = e.correction().orElseThrow();
            assertThat(c.optimal()).isTrue();
            assertThat(c.cost()).as(what).isEqualTo(t.mcses().stream().mapToLong(t::cost).min().orElseThrow());
            assertThat(t.mcses()).as(what).contains(t.mask(c.groups().stream().map(ExplainedGroup::name).toList()));
            Enumeration all = e.all().orElseThrow();
            assertThat(all.complete()).isTrue();
            assertThat(all.muses().stream().map(t::mask).toList()).as(what).containsExactlyInAnyOrderElementsOf(t.muses());
            assertThat(all.mcses().stream().map(t::mask).toList()).as(what).containsExactlyInAnyOrderElementsOf(t.mcses());

            // with a preference, the explainer runs QuickXplain inside the first core (E6): a MUS, verified
            List<String> order = new ArrayList<>(model.groups().stream().map(Group::name).toList());
            Collections.shuffle(order, rnd);
            Explanation q = Explainer.of(Backends.get("cpsat"), OPTIONS.withEnumeration(false).withPreference(order.toArray(String[]::new)))
                    .explain(model);
            assertThat(q.minimal()).isTrue();
            assertThat(q.verified()).isTrue();
            assertThat(t.muses()).as(what).contains(t.mask(names(q)));

            // over all groups, QuickXplain's conflict is the preferred one: its latest member (in preference order) as early as
            // possible, then the next
            Run run = new Run(Backends.get("cpsat"), OPTIONS, model, model.groups(), new Budget(Duration.ofSeconds(30), Duration.ofSeconds(5)));
            List<Group> ordered = order.stream().map(n -> model.group(n).orElseThrow()).toList();
            MusSearch.Result qx = new MusSearch(run.solver).quickXplain(ordered);
            assertThat(qx.minimal()).isTrue();
            assertThat(t.mask(qx.groups().stream().map(Group::name).toList())).as(what + order).isEqualTo(preferred(t, order));
        }
    }

    @Test
    void chocoEmulationFindsMusesAndCheapestCorrectionsToo() {
        Random rnd = new Random(7);
        for (int k = 0; k < 6; k++) {
            Model model = infeasible(rnd, k % 2 == 0);
            Truth t = truth(model);

            Explanation e = Explainer.of(Backends.get("choco"), OPTIONS.withEnumeration(false)).explain(model);

            assertThat(e.minimal()).isTrue();
            assertThat(e.verified()).as(e.notes().toString()).isTrue();
            assertThat(t.muses()).contains(t.mask(names(e)));
            assertThat(e.correction().orElseThrow().cost()).isEqualTo(t.mcses().stream().mapToLong(t::cost).min().orElseThrow());
        }
    }

    /** The MUS whose members, listed latest-first in the preference order, come lexicographically earliest. */
    private static int preferred(Truth t, List<String> order) {
        Comparator<Integer> byLatestFirst = (a, b) -> {
            List<Integer> ra = ranks(t, a, order);
            List<Integer> rb = ranks(t, b, order);
            for (int i = 0; i < Math.min(ra.size(), rb.size()); i++) {
                if (!ra.get(i).equals(rb.get(i))) {
                    return Integer.compare(ra.get(i), rb.get(i));
                }
            }
            return Integer.compare(ra.size(), rb.size());
        };
        return t.muses().stream().min(byLatestFirst).orElseThrow();
    }

    private static List<Integer> ranks(Truth t, int mask, List<String> order) {
        List<Integer> r = new ArrayList<>(bits(mask).stream().map(i -> order.indexOf(t.groups().get(i).name())).toList());
        r.sort(Comparator.reverseOrder());
        return r;
    }

    private static List<String> names(Explanation e) {
        return e.groups().stream().map(ExplainedGroup::name).toList();
    }
}
