package dev.gantry.heuristics.jobshop;

import dev.gantry.modeling.jobshop.JobShop;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains a {@link LearnedRule} by a (1+λ) evolution strategy with the 1/5th success rule: each generation draws λ
 * Gaussian mutations of the parent's weights (rescaled to unit length: only the ranking matters), keeps the best
 * if it is at least as good, and widens or narrows the step. Fitness is the mean over the training shops of
 * makespan / LB0 (smaller is better). Fully determined by the seed, the shops and the budget.
 */
public final class EvolutionTrainer {
    /** Training budget and seed. */
    public record Settings(long seed, int generations, int lambda, double initialSigma) {
        public Settings {
            if (generations < 0 || lambda < 1 || !(initialSigma > 0)) {
                throw new IllegalArgumentException("need generations >= 0, lambda >= 1, sigma > 0");
            }
        }
    }

    /** The trained rule and its training fitness. */
    public record Result(LearnedRule rule, double fitness) {
    }

    private EvolutionTrainer() {
    }

    /** Mean makespan / LB0 of the rule over the shops. */
    public static double fitness(ScoringRule rule, List<JobShop> shops) {
        double sum = 0;
        for (JobShop shop : shops) {
            sum += Dispatcher.schedule(shop, rule).makespan() / (double) Math.max(1, shop.trivialLowerBound());
        }
        return sum / shops.size();
    }

    /** Starts from MWKR (remaining-work weight 1). */
    public static Result train(List<JobShop> shops, Settings settings) {
        double[] start = new double[Features.COUNT];
        start[Features.REMAINING_WORK] = 1;
        return train(shops, settings, start);
    }

    public static Result train(List<JobShop> shops, Settings settings, double[] start) {
        if (shops.isEmpty()) {
            throw new IllegalArgumentException("no training shops");
        }
        SplittableRandom random = new SplittableRandom(settings.seed());
        double[] parent = normalised(start);
        double parentFit = fitness(new LearnedRule(parent), shops);
        double sigma = settings.initialSigma();
        for (int g = 0; g < settings.generations(); g++) {
            double[] bestChild = null;
            double bestFit = Double.POSITIVE_INFINITY;
            for (int c = 0; c < settings.lambda(); c++) {
                double[] child = new double[parent.length];
                for (int i = 0; i < child.length; i++) {
                    child[i] = parent[i] + sigma * gaussian(random);
                }
                child = normalised(child);
                double fit = fitness(new LearnedRule(child), shops);
                if (fit < bestFit) {
                    bestFit = fit;
                    bestChild = child;
                }
            }
            if (bestFit <= parentFit) {
                boolean strict = bestFit < parentFit;
                parent = bestChild;
                parentFit = bestFit;
                sigma = strict ? Math.min(1.0, sigma * 1.5) : sigma;
            } else {
                sigma = Math.max(1e-3, sigma * 0.85);
            }
        }
        return new Result(new LearnedRule(parent), parentFit);
    }

    /** The training sizes of the shipped default rule ({jobs, machines}). */
    public static final int[][] DEFAULT_SIZES = {{15, 15}, {20, 15}, {20, 20}, {30, 15}, {30, 20}, {50, 15}};

    /**
     * Trains on {@code count} random shops of each of {@link #DEFAULT_SIZES} drawn from the seed and writes the rule
     * file. Arguments: {@code OUT [SEED [GENERATIONS [COUNT [LAMBDA [SIGMA]]]]]}; the defaults (7 300 8 8 0.3)
     * reproduce the shipped rule.
     */
    public static void main(String[] args) throws java.io.IOException {
        if (args.length < 1 || args.length > 6) {
            System.err.println("usage: EvolutionTrainer OUT [SEED [GENERATIONS [COUNT [LAMBDA [SIGMA]]]]]");
            System.exit(2);
        }
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 7;
        int generations = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int count = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int lambda = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        double sigma = args.length > 5 ? Double.parseDouble(args[5]) : 0.3;
        Result result = train(RandomShops.generate(seed, count, DEFAULT_SIZES), new Settings(seed, generations, lambda, sigma));
        result.rule().save(java.nio.file.Path.of(args[0]));
        System.out.printf(java.util.Locale.ROOT, "training fitness (mean makespan / LB0) %.4f; wrote %s%n", result.fitness(), args[0]);
    }

    private static double[] normalised(double[] w) {
        double norm = 0;
        for (double x : w) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        double[] out = w.clone();
        if (norm > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= norm;
            }
        }
        return out;
    }

    /** Box–Muller on the seeded stream (SplittableRandom has no nextGaussian before Java 17's RandomGenerator default). */
    private static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
