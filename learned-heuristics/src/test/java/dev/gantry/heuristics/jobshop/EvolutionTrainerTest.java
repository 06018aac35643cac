package dev.gantry.heuristics.jobshop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.jobshop.JobShop;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvolutionTrainerTest {
    private static final List<JobShop> SHOPS = RandomShops.generate(11, 3, new int[] {8, 5}, new int[] {10, 6});

    @Test
    void randomShopsAreReproducibleAndShapedLikeTaillards() {
        assertThat(RandomShops.generate(11, 3, new int[] {8, 5}, new int[] {10, 6})).isEqualTo(SHOPS);
        assertThat(SHOPS).hasSize(6);
        for (JobShop shop : SHOPS) {
            for (var ops : shop.jobs()) {
                assertThat(ops.stream().map(o -> o.machine()).sorted().toList())
                        .isEqualTo(java.util.stream.IntStream.range(0, shop.machineCount()).boxed().toList());
                assertThat(ops).allSatisfy(o -> assertThat(o.duration()).isBetween(1L, 99L));
            }
        }
    }

    @Test
    void trainingIsReproducibleFromTheSeedAndNeverWorseThanItsStart() {
        EvolutionTrainer.Settings settings = new EvolutionTrainer.Settings(5, 6, 4, 0.3);
        EvolutionTrainer.Result a = EvolutionTrainer.train(SHOPS, settings);
        EvolutionTrainer.Result b = EvolutionTrainer.train(SHOPS, settings);
        assertThat(a.rule()).isEqualTo(b.rule());
        assertThat(a.fitness()).isEqualTo(b.fitness());
        assertThat(a.fitness()).isEqualTo(EvolutionTrainer.fitness(a.rule(), SHOPS));
        double[] mwkr = new double[Features.COUNT];
        mwkr[Features.REMAINING_WORK] = 1;
        assertThat(a.fitness()).isLessThanOrEqualTo(EvolutionTrainer.fitness(new LearnedRule(mwkr), SHOPS)).isGreaterThanOrEqualTo(1.0);
        EvolutionTrainer.Result other = EvolutionTrainer.train(SHOPS, new EvolutionTrainer.Settings(6, 6, 4, 0.3));
        assertThat(other.rule()).isNotEqualTo(a.rule());
    }
}
