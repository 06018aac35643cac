package dev.gantry.heuristics.jobshop;

import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import java.util.SplittableRandom;

/**
 * Best of several rollouts of a scoring rule (spec scheduling §1.7, decoding): the deterministic rollout plus
 * {@code samples} sampled ones at temperatures spread evenly over [low, high); keeps the shortest makespan (the
 * first found on ties). Reproducible from the seed.
 */
public final class SampledDecoder {
    private SampledDecoder() {
    }

    public static JobShopSchedule best(JobShop shop, ScoringRule rule, int samples, double low, double high, long seed) {
        if (samples < 0 || !(low > 0) || high < low) {
            throw new IllegalArgumentException("need samples >= 0 and 0 < low <= high");
        }
        SplittableRandom random = new SplittableRandom(seed);
        JobShopSchedule best = Dispatcher.schedule(shop, rule);
        for (int s = 0; s < samples; s++) {
            double temperature = low + (high - low) * s / samples;
            JobShopSchedule candidate = Dispatcher.schedule(shop, rule, random.split(), temperature);
            if (candidate.makespan() < best.makespan()) {
                best = candidate;
            }
        }
        return best;
    }
}
