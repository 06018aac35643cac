package dev.gantry.heuristics.jobshop;

import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopHeuristic;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import java.util.ArrayList;
import java.util.List;

/**
 * Gantry's dispatching rules as {@link JobShopHeuristic}s: the five static rules and the shipped learned rule
 * with the sampled decoding of spec scheduling §1.7 (the plain rollout and 32 sampled ones).
 */
public final class DispatchingHeuristics implements JobShopHeuristic.Provider {
    /** Rollouts sampled besides the plain one, and their temperature range (spec §1.7 decoding, tuned range). */
    public static final int SAMPLES = 32;
    public static final double LOW_TEMPERATURE = 0.05;
    public static final double HIGH_TEMPERATURE = 0.2;

    @Override
    public List<JobShopHeuristic> heuristics() {
        List<JobShopHeuristic> all = new ArrayList<>();
        for (StaticRule rule : StaticRule.values()) {
            all.add(staticRule(rule));
        }
        all.add(learned(LearnedRule.defaultRule()));
        return all;
    }

    /** Gantry's own heuristic with this id ({@code spt} … {@code fdd-mwkr}, {@code learned}); reads the shipped rule only for {@code learned}. */
    public static JobShopHeuristic byId(String id) {
        if (id.equals("learned")) {
            return learned(LearnedRule.defaultRule());
        }
        for (StaticRule rule : StaticRule.values()) {
            if (rule.id().equals(id)) {
                return staticRule(rule);
            }
        }
        throw new IllegalArgumentException("no dispatching rule '" + id + "'; known: spt, fifo, mwkr, mopnr, fdd-mwkr, learned");
    }

    public static JobShopHeuristic staticRule(StaticRule rule) {
        return new JobShopHeuristic() {
            @Override
            public String id() {
                return rule.id();
            }

            @Override
            public JobShopSchedule schedule(JobShop shop, long seed) {
                return Dispatcher.schedule(shop, rule);
            }
        };
    }

    /** A learned (scoring) rule decoded as spec §1.7 does: the best of the plain rollout and {@link #SAMPLES} sampled ones. */
    public static JobShopHeuristic learned(ScoringRule rule) {
        return new JobShopHeuristic() {
            @Override
            public String id() {
                return "learned";
            }

            @Override
            public JobShopSchedule schedule(JobShop shop, long seed) {
                return SampledDecoder.best(shop, rule, SAMPLES, LOW_TEMPERATURE, HIGH_TEMPERATURE, seed);
            }
        };
    }
}
