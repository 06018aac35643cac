package dev.gantry.instances.jobshop;

import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.Operation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaillardGeneratorTest {

    @Test
    void ta01BeginsAsTheSpecSays() {
        JobShop ta01 = TaillardGenerator.generate(15, 15, 840612802L, 398197754L);

        assertThat(ta01.name()).isEqualTo("gen_n15_m15_840612802_398197754");
        assertThat(ta01.jobCount()).isEqualTo(15);
        assertThat(ta01.machineCount()).isEqualTo(15);
        // "ta01 begins 6 94 12 66 4 10" (spec §1.5)
        assertThat(ta01.jobs().get(0).subList(0, 3))
                .containsExactly(new Operation(6, 94), new Operation(12, 66), new Operation(4, 10));
    }

    @Test
    void machineStreamRunsOnAcrossJobs() {
        // Each job is a permutation of the machines, and job 1's order differs from job 0's because the
        // machine stream is not restarted per job.
        JobShop shop = TaillardGenerator.generate(2, 15, 840612802L, 398197754L);

        assertThat(shop.jobs().get(0).stream().map(Operation::machine).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.range(0, 15).boxed().toList());
        assertThat(shop.jobs().get(1).get(0)).isEqualTo(new Operation(4, 74));
    }

    @Test
    void publishedSeedGivesTheStagedName() {
        JobShop ta51 = TaillardGenerator.generate(TaillardSeeds.byName("ta51").orElseThrow());

        assertThat(ta51.name()).isEqualTo("ta51js");
        assertThat(ta51.jobCount()).isEqualTo(50);
        assertThat(ta51.machineCount()).isEqualTo(15);
    }

    @Test
    void seedsMustLieInTheGeneratorsRange() {
        assertThatThrownBy(() -> TaillardGenerator.generate(3, 3, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time seed must lie in [1, 2147483646], got 0");
        assertThatThrownBy(() -> TaillardGenerator.generate(3, 3, 1, 2147483647L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("machine seed must lie in [1, 2147483646], got 2147483647");
        assertThatThrownBy(() -> TaillardGenerator.generate(3, 3, -5, 1))
                .hasMessage("time seed must lie in [1, 2147483646], got -5");
    }

    @Test
    void acceptsTheExtremeSeeds() {
        JobShop shop = TaillardGenerator.generate(1, 2, 1, 2147483646L);

        // First draw from seed 1 is 16807, so p = 1 + floor(16807 / (2^31 - 1) * 99) = 1.
        assertThat(shop.jobs().get(0).get(0).duration()).isEqualTo(1);
    }

    @Test
    void sizeMustBePositive() {
        assertThatThrownBy(() -> TaillardGenerator.generate(0, 3, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a Taillard instance needs n ≥ 1 and m ≥ 1, got n=0, m=3");
    }
}
