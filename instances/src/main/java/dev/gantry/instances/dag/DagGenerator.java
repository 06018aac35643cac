package dev.gantry.instances.dag;

import dev.gantry.modeling.dag.Dag;
import dev.gantry.modeling.dag.DagEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded random layered DAGs after the HEFT paper's generator (Topcuoglu et al. 2002, §5.1), reproducible from the
 * seed ({@link Random} is specified bit for bit, so the same seed gives the same DAG on every JDK).
 *
 * <ol>
 *   <li>Levels: {@code L = max(1, min(v, round(√v / α)))}; each level gets one task, the other {@code v − L} tasks
 *       go to uniformly random levels. Tasks are numbered level by level, so edges always go from lower to higher
 *       numbers.</li>
 *   <li>Edges join consecutive levels only: each pair with probability {@code density}, and each task below the
 *       first level gets at least one parent, chosen uniformly from the level above.</li>
 *   <li>Costs: a task's mean {@code w̄_i} is uniform in {@code [1, 2·w_DAG − 1]}; then {@code W[i][p]} is uniform in
 *       {@code [w̄_i·(1 − β/2), w̄_i·(1 + β/2)]} rounded inward, at least 1 (β = heterogeneity).</li>
 *   <li>Communication: each edge cost is uniform in {@code [0, 2·CCR·w_DAG]}, so the mean communication over the mean
 *       computation is about CCR.</li>
 * </ol>
 */
public final class DagGenerator {
    private DagGenerator() {
    }

    /**
     * @param tasks         v ≥ 1
     * @param processors    q ≥ 1
     * @param shape         α &gt; 0: larger gives fewer, wider levels
     * @param density       probability of an edge between tasks of consecutive levels, in [0, 1]
     * @param ccr           communication-to-computation ratio ≥ 0
     * @param heterogeneity β in [0, 2): spread of a task's cost across processors
     * @param meanCost      w_DAG ≥ 1, the mean execution cost
     */
    public record Parameters(int tasks, int processors, double shape, double density, double ccr, double heterogeneity,
                             long meanCost) {
        public Parameters {
            if (tasks < 1 || processors < 1) {
                throw new IllegalArgumentException("need at least one task and one processor, got " + tasks + " and " + processors);
            }
            if (!(shape > 0)) {
                throw new IllegalArgumentException("shape must be > 0, got " + shape);
            }
            if (!(density >= 0 && density <= 1)) {
                throw new IllegalArgumentException("density must be in [0, 1], got " + density);
            }
            if (!(ccr >= 0)) {
                throw new IllegalArgumentException("CCR must be >= 0, got " + ccr);
            }
            if (!(heterogeneity >= 0 && heterogeneity < 2)) {
                throw new IllegalArgumentException("heterogeneity must be in [0, 2), got " + heterogeneity);
            }
            if (meanCost < 1 || meanCost > 1_000_000) {
                throw new IllegalArgumentException("mean cost must be in [1, 1000000], got " + meanCost);
            }
            if (2 * ccr * meanCost > 1_000_000_000) {
                throw new IllegalArgumentException("CCR " + ccr + " times mean cost " + meanCost + " is too large");
            }
        }

        /** Small enough for CP-SAT to prove optimality in seconds: α 1, density 0.3, CCR 1, β 1, w_DAG 20. */
        public static Parameters of(int tasks, int processors) {
            return new Parameters(tasks, processors, 1.0, 0.3, 1.0, 1.0, 20);
        }
    }

    public static Dag generate(Parameters params, long seed) {
        Random random = new Random(seed);
        int v = params.tasks();
        int levels = (int) Math.max(1, Math.min(v, Math.round(Math.sqrt(v) / params.shape())));
        int[] width = new int[levels];
        java.util.Arrays.fill(width, 1);
        for (int k = levels; k < v; k++) {
            width[random.nextInt(levels)]++;
        }
        List<List<Integer>> level = new ArrayList<>();
        int next = 0;
        for (int l = 0; l < levels; l++) {
            List<Integer> members = new ArrayList<>();
            for (int k = 0; k < width[l]; k++) {
                members.add(next++);
            }
            level.add(members);
        }
        long[][] costs = new long[v][params.processors()];
        for (int i = 0; i < v; i++) {
            long mean = 1 + random.nextInt((int) (2 * params.meanCost() - 1));
            long lo = Math.max(1, (long) Math.ceil(mean * (1 - params.heterogeneity() / 2)));
            long hi = Math.max(lo, (long) Math.floor(mean * (1 + params.heterogeneity() / 2)));
            for (int p = 0; p < params.processors(); p++) {
                costs[i][p] = lo + random.nextInt((int) (hi - lo + 1));
            }
        }
        long maxComm = Math.round(2 * params.ccr() * params.meanCost());
        List<DagEdge> edges = new ArrayList<>();
        for (int l = 1; l < levels; l++) {
            List<Integer> above = level.get(l - 1);
            for (int j : level.get(l)) {
                boolean hasParent = false;
                for (int i : above) {
                    if (random.nextDouble() < params.density()) {
                        edges.add(DagEdge.of(i, j, random.nextInt((int) maxComm + 1)));
                        hasParent = true;
                    }
                }
                if (!hasParent) {
                    edges.add(DagEdge.of(above.get(random.nextInt(above.size())), j, random.nextInt((int) maxComm + 1)));
                }
            }
        }
        edges.sort(java.util.Comparator.comparingInt(DagEdge::from).thenComparingInt(DagEdge::to));
        return new Dag(name(params, seed), params.processors(), costs, edges);
    }

    /** {@code dag-v30-q3-s1}, plus the non-default parameters. */
    public static String name(Parameters params, long seed) {
        Parameters d = Parameters.of(params.tasks(), params.processors());
        StringBuilder name = new StringBuilder(String.format(Locale.ROOT, "dag-v%d-q%d", params.tasks(), params.processors()));
        if (params.shape() != d.shape()) {
            name.append(String.format(Locale.ROOT, "-a%s", params.shape()));
        }
        if (params.density() != d.density()) {
            name.append(String.format(Locale.ROOT, "-d%s", params.density()));
        }
        if (params.ccr() != d.ccr()) {
            name.append(String.format(Locale.ROOT, "-ccr%s", params.ccr()));
        }
        if (params.heterogeneity() != d.heterogeneity()) {
            name.append(String.format(Locale.ROOT, "-b%s", params.heterogeneity()));
        }
        if (params.meanCost() != d.meanCost()) {
            name.append("-w").append(params.meanCost());
        }
        return name.append("-s").append(seed).toString();
    }
}
