package dev.gantry.metaheuristics.sa;

import java.util.SplittableRandom;

/** The per-chain state of a {@link MoveSelection} policy: picks move types and takes credit. Not thread-safe. */
final class MoveSelector {
    private final MoveSelection policy;
    private final int count;
    private final double[] probability;
    private final double[] quality;
    private final double[] windowCredit;
    private final long[] windowUses;
    private final long[] totalUses;
    private final int window;
    private final double decay;
    private int inWindow;
    private long windows;

    MoveSelector(MoveSelection policy, int count) {
        this.policy = policy;
        this.count = count;
        this.probability = new double[count];
        this.quality = new double[count];
        this.windowCredit = new double[count];
        this.windowUses = new long[count];
        this.totalUses = new long[count];
        if (policy instanceof MoveSelection.EpsilonGreedy e) {
            this.window = e.window();
            this.decay = e.decay();
        } else if (policy instanceof MoveSelection.Ucb1 u) {
            this.window = u.window();
            this.decay = u.decay();
        } else if (policy instanceof MoveSelection.AdaptivePursuit a) {
            this.window = a.window();
            this.decay = a.decay();
        } else {
            this.window = Integer.MAX_VALUE; // fixed weights never learn
            this.decay = 1;
        }
        if (policy instanceof MoveSelection.Fixed fixed && !fixed.weights().isEmpty()) {
            if (fixed.weights().size() != count) {
                throw new IllegalArgumentException(fixed.weights().size() + " weights for " + count + " move types");
            }
            double sum = fixed.weights().stream().mapToDouble(w -> w).sum();
            for (int i = 0; i < count; i++) {
                probability[i] = fixed.weights().get(i) / sum;
            }
        } else {
            java.util.Arrays.fill(probability, 1.0 / count);
        }
    }

    int next(SplittableRandom random) {
        if (count == 1) {
            return 0;
        }
        double u = random.nextDouble();
        double cumulative = 0;
        for (int i = 0; i < count - 1; i++) {
            cumulative += probability[i];
            if (u < cumulative) {
                return i;
            }
        }
        return count - 1;
    }

    /** Records the outcome of one proposal of {@code type}; {@code credit} ≥ 0. */
    void credit(int type, double credit) {
        if (window == Integer.MAX_VALUE) {
            return;
        }
        windowCredit[type] += credit;
        windowUses[type]++;
        if (++inWindow >= window) {
            closeWindow();
        }
    }

    double probability(int type) {
        return probability[type];
    }

    private void closeWindow() {
        windows++;
        for (int i = 0; i < count; i++) {
            if (windowUses[i] > 0) {
                double mean = windowCredit[i] / windowUses[i];
                quality[i] = totalUses[i] == 0 ? mean : (1 - decay) * quality[i] + decay * mean;
                totalUses[i] += windowUses[i];
            }
            windowCredit[i] = 0;
            windowUses[i] = 0;
        }
        inWindow = 0;
        int best = 0;
        for (int i = 1; i < count; i++) {
            if (quality[i] > quality[best]) {
                best = i;
            }
        }
        if (policy instanceof MoveSelection.EpsilonGreedy e) {
            for (int i = 0; i < count; i++) {
                probability[i] = e.epsilon() / count + (i == best ? 1 - e.epsilon() : 0);
            }
        } else if (policy instanceof MoveSelection.Ucb1 u) {
            int pick = 0;
            double top = Double.NEGATIVE_INFINITY;
            long n = 0;
            for (long t : totalUses) {
                n += t;
            }
            for (int i = 0; i < count; i++) {
                double score = totalUses[i] == 0 ? Double.POSITIVE_INFINITY
                        : quality[i] + u.exploration() * Math.sqrt(2 * Math.log(Math.max(n, 1)) / totalUses[i]);
                if (score > top) {
                    top = score;
                    pick = i;
                }
            }
            // A small floor keeps every type sampled inside a window, so its quality stays current.
            double floor = 0.01;
            for (int i = 0; i < count; i++) {
                probability[i] = floor + (i == pick ? 1 - floor * count : 0);
            }
        } else if (policy instanceof MoveSelection.AdaptivePursuit a) {
            double max = 1 - (count - 1) * a.minProbability();
            for (int i = 0; i < count; i++) {
                double goal = i == best ? max : a.minProbability();
                probability[i] += a.learningRate() * (goal - probability[i]);
            }
        }
    }

    long windows() {
        return windows;
    }
}
