package dev.gantry.cp.explain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopModel;
import dev.gantry.modeling.jobshop.Operation;
import dev.gantry.modeling.scheduling.SchedulingModel;
import dev.gantry.modeling.scheduling.SchedulingProblem;
import dev.gantry.modeling.scheduling.Task;
import dev.gantry.modeling.scheduling.UnaryResource;
import dev.gantry.verify.scheduling.TemporalScheduleVerifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The 3×3 job shop of modeling.md §5 with a deadline of 8 on every job, built through the scheduling layer: the
 * candidates are the job deadlines and the machines (job order stays hard). Every MUS and MCS is re-checked on the
 * problem itself: reduced problems solved afresh, schedules through the independent verifier.
 */
class JobShopExplainTest {
    private static final int[][] MACHINE = {{0, 1, 2}, {0, 2, 1}, {1, 2, 0}};
    private static final int[][] DURATION = {{3, 2, 2}, {2, 1, 4}, {4, 3, 1}};
    private static final long DEADLINE = 8;
    private static final List<String> CANDIDATES = List.of("deadline/J0.O2", "deadline/J1.O2", "deadline/J2.O2",
            "machine/M0", "machine/M1", "machine/M2");

    /** The job shop with the deadlines and machines of {@code kept} only (job order always). */
    static SchedulingProblem problem(Set<String> kept) {
        List<List<Operation>> jobs = new ArrayList<>();
        for (int j = 0; j < 3; j++) {
            List<Operation> ops = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                ops.add(new Operation(MACHINE[j][k], DURATION[j][k]));
            }
            jobs.add(ops);
        }
        SchedulingProblem p = JobShopModel.toSchedulingProblem(new JobShop("jobshop-3x3-deadlines", 3, jobs));
        List<Task> tasks = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>(p.groupLabels());
        for (Task t : p.tasks()) {
            String group = "deadline/" + t.id();
            if (t.id().endsWith(".O2") && kept.contains(group)) {
                tasks.add(t.withDeadline(DEADLINE));
                labels.put(group, "Job " + t.id().substring(0, 2) + " is done by time " + DEADLINE);
            } else {
                tasks.add(t);
            }
        }
        List<UnaryResource> machines = p.unaryResources().stream().filter(r -> kept.contains(r.group())).toList();
        return new SchedulingProblem(p.name(), tasks, machines, p.cumulativeResources(), p.precedences(), p.relations(), labels,
                p.objective(), p.horizon());
    }

    private static final ExplainOptions OPTIONS = ExplainOptions.defaults().withCandidates("deadline", "machine")
            .withCheckTimeLimit(Duration.ofSeconds(5)).withTotalTimeLimit(Duration.ofSeconds(60)).withEnumeration(true);

    /** Feasibility of the reduced problem, each schedule found checked by the independent verifier. */
    private static boolean feasible(Set<String> kept) {
        return feasibleOn("cpsat", kept);
    }

    private static boolean feasibleOn(String backend, Set<String> kept) {
        SchedulingProblem p = problem(kept);
        SchedulingModel sm = SchedulingModel.compile(p);
        SolveResult r = Backends.get(backend).solve(sm.model(), SolveOptions.builder().workers(1).timeLimit(Duration.ofSeconds(10)).build());
        assertThat(r.status()).isIn(Status.OPTIMAL, Status.FEASIBLE, Status.INFEASIBLE);
        if (r.hasSolution()) {
            assertThat(TemporalScheduleVerifier.verify(p, sm.decode(r.solution())).violations()).isEmpty();
        }
        return r.hasSolution();
    }

    @Test
    void theConflictIsMinimalAndEveryMusAndMcsMatchesBruteForceOverTheProblem() {
        SchedulingModel model = SchedulingModel.compile(problem(Set.copyOf(CANDIDATES)));
        Explanation e = Explainer.of(Backends.get("cpsat"), OPTIONS).explain(model.model());

        // brute force over the 64 subsets of candidates, each a fresh scheduling problem
        Map<Set<String>, Boolean> feasible = new LinkedHashMap<>();
        for (int mask = 0; mask < 64; mask++) {
            Set<String> s = new HashSet<>();
            for (int i = 0; i < 6; i++) {
                if ((mask >> i & 1) == 1) {
                    s.add(CANDIDATES.get(i));
                }
            }
            feasible.put(s, feasible(s));
        }
        Set<Set<String>> muses = new HashSet<>();
        Set<Set<String>> mcses = new HashSet<>();
        for (Map.Entry<Set<String>, Boolean> en : feasible.entrySet()) {
            Set<String> s = en.getKey();
            boolean allSmallerFeasible = s.stream().allMatch(g -> feasible.get(without(s, g)));
            if (!en.getValue() && allSmallerFeasible) {
                muses.add(s);
            }
            boolean allLargerInfeasible = CANDIDATES.stream().filter(g -> !s.contains(g)).noneMatch(g -> feasible.get(with(s, g)));
            if (en.getValue() && allLargerInfeasible) {
                Set<String> mcs = new HashSet<>(CANDIDATES);
                mcs.removeAll(s);
                mcses.add(mcs);
            }
        }

        assertThat(e.status()).isEqualTo(ExplanationStatus.INFEASIBLE);
        assertThat(e.minimal()).isTrue();
        assertThat(e.verified()).as(e.notes().toString()).isTrue();
        Set<String> mus = new HashSet<>(e.groups().stream().map(ExplainedGroup::name).toList());
        assertThat(muses).contains(mus);
        assertThat(e.all()).hasValueSatisfying(all -> {
            assertThat(all.complete()).isTrue();
            assertThat(all.muses().stream().map(l -> (Set<String>) new HashSet<>(l)).toList()).containsExactlyInAnyOrderElementsOf(muses);
            assertThat(all.mcses().stream().map(l -> (Set<String>) new HashSet<>(l)).toList()).containsExactlyInAnyOrderElementsOf(mcses);
        });
        // the cheapest correction is one group (all weights 1), and relaxing it makes the problem feasible
        assertThat(e.correction()).hasValueSatisfying(c -> {
            assertThat(c.cost()).isEqualTo(mcses.stream().mapToInt(Set::size).min().orElseThrow());
            Set<String> rest = new HashSet<>(CANDIDATES);
            c.groups().forEach(g -> rest.remove(g.name()));
            assertThat(feasible(rest)).isTrue();
        });
        // M0 holds J0.O0 (3) and J1.O0 (2) at time 0; J0 and J1 have one unit of slack each, so one of them misses 8.
        // J0's deadline is in all three MUSes (with M1 or M2 the same happens later in the jobs): the only one-group fix.
        assertThat(mus).containsExactlyInAnyOrder("machine/M0", "deadline/J0.O2", "deadline/J1.O2");
        // CP-SAT's MUS re-checked on Choco (E9): infeasible, and feasible without any one member
        assertThat(feasibleOn("choco", mus)).isFalse();
        assertThat(mus).allMatch(g -> feasibleOn("choco", without(mus, g)));
        assertThat(e.toText()).isEqualTo("These requirements cannot all hold: (1) Machine M0 does one job at a time; (2) Job J0 is done"
                + " by time 8; (3) Job J1 is done by time 8. Dropping any one restores feasibility. Cheapest fix: relax (2).");
    }

    private static Set<String> without(Set<String> s, String g) {
        Set<String> out = new HashSet<>(s);
        out.remove(g);
        return out;
    }

    private static Set<String> with(Set<String> s, String g) {
        Set<String> out = new HashSet<>(s);
        out.add(g);
        return out;
    }
}
