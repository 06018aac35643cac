package dev.gantry.heuristics.jobshop;

import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.modeling.jobshop.Operation;
import java.util.List;

/**
 * The non-delay schedule builder of spec scheduling §1.4: repeatedly take t = the earliest start over all
 * unfinished jobs' next operations, let the candidates be the jobs that can start then, schedule the one with
 * the smallest rule key (ties to the smallest job index) at t.
 */
public final class Dispatcher {
    private Dispatcher() {
    }

    public static JobShopSchedule schedule(JobShop shop, StaticRule rule) {
        int n = shop.jobCount();
        int[] next = new int[n];
        long[] jobReady = new long[n];
        long[] machineReady = new long[shop.machineCount()];
        long[] remaining = new long[n];
        long[] done = new long[n];
        long[][] starts = new long[n][];
        int left = 0;
        for (int j = 0; j < n; j++) {
            List<Operation> ops = shop.jobs().get(j);
            starts[j] = new long[ops.size()];
            for (Operation op : ops) {
                remaining[j] += op.duration();
            }
            left += ops.size();
        }
        for (; left > 0; left--) {
            long t = Long.MAX_VALUE;
            for (int j = 0; j < n; j++) {
                if (next[j] < starts[j].length) {
                    t = Math.min(t, earliestStart(shop, j, next, jobReady, machineReady));
                }
            }
            int chosen = -1;
            long bestNum = 0;
            long bestDen = 1;
            for (int j = 0; j < n; j++) {
                if (next[j] >= starts[j].length || earliestStart(shop, j, next, jobReady, machineReady) != t) {
                    continue;
                }
                Operation op = shop.operation(j, next[j]);
                long num = rule.numerator(op.duration(), jobReady[j], remaining[j], starts[j].length - next[j], done[j] + op.duration());
                long den = rule.denominator(remaining[j]);
                // num/den < bestNum/bestDen, exactly (denominators are positive); ties keep the smaller job index
                if (chosen < 0 || Math.multiplyExact(num, bestDen) < Math.multiplyExact(bestNum, den)) {
                    chosen = j;
                    bestNum = num;
                    bestDen = den;
                }
            }
            Operation op = shop.operation(chosen, next[chosen]);
            starts[chosen][next[chosen]] = t;
            long end = t + op.duration();
            jobReady[chosen] = end;
            machineReady[op.machine()] = end;
            remaining[chosen] -= op.duration();
            done[chosen] += op.duration();
            next[chosen]++;
        }
        return JobShopSchedule.fromStarts(shop, starts);
    }

    /**
     * The same non-delay builder with a scoring rule: among the candidates, the highest score is scheduled first,
     * ties to the smallest job index.
     */
    public static JobShopSchedule schedule(JobShop shop, ScoringRule rule) {
        return schedule(shop, rule, null, 0);
    }

    /**
     * Sampled decoding (spec scheduling §1.7): at each decision the candidates are ranked by score / temperature plus
     * independent Gumbel noise, which samples from the softmax of score / temperature. Temperature 0 or a null
     * random is the deterministic rule.
     */
    public static JobShopSchedule schedule(JobShop shop, ScoringRule rule, java.util.SplittableRandom random, double temperature) {
        boolean sample = random != null && temperature > 0;
        int n = shop.jobCount();
        int machines = shop.machineCount();
        int[] next = new int[n];
        long[] jobReady = new long[n];
        long[] machineReady = new long[machines];
        long[] machineLeft = new long[machines];
        long[] remaining = new long[n];
        long[] total = new long[n];
        long[] done = new long[n];
        long[][] starts = new long[n][];
        int left = 0;
        long pmax = 1;
        int maxOps = 1;
        for (int j = 0; j < n; j++) {
            List<Operation> ops = shop.jobs().get(j);
            starts[j] = new long[ops.size()];
            for (Operation op : ops) {
                remaining[j] += op.duration();
                machineLeft[op.machine()] += op.duration();
                pmax = Math.max(pmax, op.duration());
            }
            total[j] = remaining[j];
            maxOps = Math.max(maxOps, ops.size());
            left += ops.size();
        }
        double sum = Math.max(1, shop.totalDuration());
        double meanJob = sum / Math.max(1, n);
        double meanMachine = sum / Math.max(1, machines);
        double[] f = new double[Features.COUNT];
        long[] minP = new long[machines];
        long[] maxRemaining = new long[machines];
        for (; left > 0; left--) {
            long t = Long.MAX_VALUE;
            for (int j = 0; j < n; j++) {
                if (next[j] < starts[j].length) {
                    t = Math.min(t, earliestStart(shop, j, next, jobReady, machineReady));
                }
            }
            java.util.Arrays.fill(minP, Long.MAX_VALUE);
            java.util.Arrays.fill(maxRemaining, 0);
            for (int j = 0; j < n; j++) {
                if (next[j] < starts[j].length && earliestStart(shop, j, next, jobReady, machineReady) == t) {
                    Operation op = shop.operation(j, next[j]);
                    minP[op.machine()] = Math.min(minP[op.machine()], op.duration());
                    maxRemaining[op.machine()] = Math.max(maxRemaining[op.machine()], remaining[j]);
                }
            }
            int chosen = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < n; j++) {
                if (next[j] >= starts[j].length || earliestStart(shop, j, next, jobReady, machineReady) != t) {
                    continue;
                }
                Operation op = shop.operation(j, next[j]);
                long p = op.duration();
                f[Features.FDD_RATIO] = Math.log(Math.max(1, done[j] + p) / (double) Math.max(1, remaining[j]));
                f[Features.RELATIVE_PROCESSING] = p == 0 ? 1 : minP[op.machine()] / (double) p;
                f[Features.RELATIVE_REMAINING] = remaining[j] / (double) Math.max(1, maxRemaining[op.machine()]);
                f[Features.PROCESSING] = p / (double) pmax;
                f[Features.REMAINING_WORK] = remaining[j] / meanJob;
                f[Features.REMAINING_OPS] = (starts[j].length - next[j]) / (double) maxOps;
                f[Features.DONE_WORK] = (done[j] + p) / meanJob;
                f[Features.WAITING] = (t - jobReady[j]) / (double) pmax;
                f[Features.MACHINE_LOAD] = machineLeft[op.machine()] / meanMachine;
                f[Features.DONE_FRACTION] = (done[j] + p) / (double) Math.max(1, total[j]);
                if (next[j] + 1 < starts[j].length) {
                    int nm = shop.operation(j, next[j] + 1).machine();
                    f[Features.NEXT_MACHINE_LOAD] = machineLeft[nm] / meanMachine;
                    f[Features.NEXT_WAIT] = Math.max(0, machineReady[nm] - t - p) / (double) pmax;
                } else {
                    f[Features.NEXT_MACHINE_LOAD] = 0;
                    f[Features.NEXT_WAIT] = 0;
                }
                double score = rule.score(f);
                if (sample) {
                    score = score / temperature - Math.log(-Math.log(1.0 - random.nextDouble()));
                }
                if (chosen < 0 || score > best) {
                    chosen = j;
                    best = score;
                }
            }
            Operation op = shop.operation(chosen, next[chosen]);
            starts[chosen][next[chosen]] = t;
            long end = t + op.duration();
            jobReady[chosen] = end;
            machineReady[op.machine()] = end;
            machineLeft[op.machine()] -= op.duration();
            remaining[chosen] -= op.duration();
            done[chosen] += op.duration();
            next[chosen]++;
        }
        return JobShopSchedule.fromStarts(shop, starts);
    }

    private static long earliestStart(JobShop shop, int job, int[] next, long[] jobReady, long[] machineReady) {
        return Math.max(jobReady[job], machineReady[shop.operation(job, next[job]).machine()]);
    }
}
