package dev.gantry.heuristics.jobshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.instances.TestData;
import dev.gantry.instances.jobshop.BestKnownBounds;
import dev.gantry.instances.jobshop.BundledInstances;
import dev.gantry.instances.jobshop.JobShopReader;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.verify.jobshop.JobShopVerifier;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LearnedRuleTest {
    private static long makespan(JobShop shop, ScoringRule rule) {
        JobShopSchedule plan = Dispatcher.schedule(shop, rule);
        assertThat(JobShopVerifier.verify(plan).valid()).as("%s on %s", rule, shop.name()).isTrue();
        return plan.makespan();
    }

    @Test
    void savingAndLoadingRoundTripsExactly(@TempDir Path dir) throws IOException {
        LearnedRule rule = new LearnedRule(new double[] {-0.1, 0.7, 1e-17, -3.25, 0, 42, Math.PI, -Math.E, 0.3, 1.5, -2, 1e300});
        Path file = dir.resolve("rule.txt");
        rule.save(file);
        assertThat(LearnedRule.load(file)).isEqualTo(rule);
        StringWriter text = new StringWriter();
        rule.write(text);
        assertThat(LearnedRule.read(new StringReader(text.toString())).weights()).containsExactly(rule.weights());
    }

    @Test
    void readingIgnoresCommentsDefaultsMissingFeaturesToZeroAndRejectsBadFiles() throws IOException {
        LearnedRule rule = LearnedRule.read(new StringReader("gantry-learned-rule 1\n# note\n\nremaining-work 2.5\n"));
        double[] expected = new double[Features.COUNT];
        expected[Features.REMAINING_WORK] = 2.5;
        assertThat(rule.weights()).containsExactly(expected);
        assertThatThrownBy(() -> LearnedRule.read(new StringReader("remaining-work 1\n"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> LearnedRule.read(new StringReader("gantry-learned-rule 1\nslack 1\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("known");
        assertThatThrownBy(() -> LearnedRule.read(new StringReader("gantry-learned-rule 1\nwaiting x\n"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> LearnedRule.read(new StringReader("gantry-learned-rule 1\nwaiting 1\nwaiting 2\n")))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> LearnedRule.read(new StringReader("gantry-learned-rule 1\nwaiting NaN\n"))).isInstanceOf(IOException.class);
    }

    @Test
    void aScoreOnRemainingWorkAloneIsMwkr() {
        double[] w = new double[Features.COUNT];
        w[Features.REMAINING_WORK] = 1;
        for (String name : List.of("ft06", "ft10")) {
            JobShop shop = BundledInstances.jobShop(name).orElseThrow();
            assertThat(makespan(shop, new LearnedRule(w))).isEqualTo(Dispatcher.schedule(shop, StaticRule.MWKR).makespan());
        }
    }

    @Test
    void theDefaultRuleGivesVerifiedSchedules() {
        LearnedRule rule = LearnedRule.defaultRule();
        for (String name : List.of("ft06", "ft10")) {
            assertThat(makespan(BundledInstances.jobShop(name).orElseThrow(), rule)).isPositive();
        }
        for (JobShop shop : RandomShops.generate(7, 2, new int[] {10, 5}, new int[] {5, 10}, new int[] {1, 3})) {
            assertThat(makespan(shop, rule)).isGreaterThanOrEqualTo(shop.trivialLowerBound());
        }
    }

    @Test
    void theDefaultRuleBeatsFddMwkrOnTa01ToTa10() throws Exception {
        Path dir = TestData.require("jobshop/instances/Taillard1993");
        BestKnownBounds bks = BestKnownBounds.read(TestData.require("jobshop/bks.json"));
        LearnedRule rule = LearnedRule.defaultRule();
        double learned = 0;
        double fdd = 0;
        for (int i = 1; i <= 10; i++) {
            JobShop shop = JobShopReader.read(dir.resolve(String.format(Locale.ROOT, "ta%02djs.txt", i)));
            long ub = bks.forInstance(shop.name()).orElseThrow().upperBound();
            learned += 100.0 * (makespan(shop, rule) - ub) / ub / 10;
            fdd += 100.0 * (Dispatcher.schedule(shop, StaticRule.FDD_MWKR).makespan() - ub) / ub / 10;
        }
        assertThat(fdd).isCloseTo(17.7, org.assertj.core.api.Assertions.within(0.05));
        assertThat(learned).isLessThan(fdd);
        assertThat(learned).isLessThan(16.5); // 14.0 measured for the shipped rule
    }

    @Test
    void sampledDecodingIsReproducibleVerifiedAndNeverWorseThanTheRule() {
        LearnedRule rule = LearnedRule.defaultRule();
        JobShop shop = BundledInstances.jobShop("ft10").orElseThrow();
        JobShopSchedule plain = Dispatcher.schedule(shop, rule);
        JobShopSchedule best = SampledDecoder.best(shop, rule, 8, 0.05, 0.2, 1);
        assertThat(JobShopVerifier.verify(best).valid()).isTrue();
        assertThat(best.makespan()).isLessThanOrEqualTo(plain.makespan());
        assertThat(SampledDecoder.best(shop, rule, 8, 0.05, 0.2, 1).makespan()).isEqualTo(best.makespan());
        assertThat(SampledDecoder.best(shop, rule, 0, 0.05, 0.2, 1).makespan()).isEqualTo(plain.makespan());
        assertThat(makespan(shop, f -> rule.score(f))).isEqualTo(plain.makespan());
        for (int s = 0; s < 4; s++) {
            assertThat(JobShopVerifier.verify(Dispatcher.schedule(shop, rule, new java.util.SplittableRandom(s), 1.0)).valid()).isTrue();
        }
    }
}
