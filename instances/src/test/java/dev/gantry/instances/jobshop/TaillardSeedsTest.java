package dev.gantry.instances.jobshop;

import dev.gantry.instances.TestData;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaillardSeedsTest {

    @Test
    void listsEightyInstancesInEightSizeGroups() {
        List<TaillardSeeds.Seed> all = TaillardSeeds.all();

        assertThat(all).hasSize(80);
        assertThat(all.get(0).name()).isEqualTo("ta01");
        assertThat(all.get(79).name()).isEqualTo("ta80");
        assertThat(all.stream().map(s -> s.jobs() + "x" + s.machines()).distinct().toList())
                .containsExactly("15x15", "20x15", "20x20", "30x15", "30x20", "50x15", "50x20", "100x20");
    }

    @Test
    void firstPairOfEachGroupMatchesTheSpec() {
        assertThat(List.of("ta01", "ta11", "ta21", "ta31", "ta41", "ta51", "ta61", "ta71").stream()
                .map(name -> TaillardSeeds.byName(name).orElseThrow())
                .map(s -> s.timeSeed() + "/" + s.machineSeed()).toList())
                .containsExactly("840612802/398197754", "533484900/317419073", "1035939303/773961798",
                        "98640593/1981283465", "1841414609/1357882888", "17271/718939", "8493988/2738939",
                        "302034063/1203569070");
    }

    @Test
    void looksUpByStagedFileNameToo() {
        assertThat(TaillardSeeds.byName("ta42js")).isEqualTo(TaillardSeeds.byName("ta42"));
        assertThat(TaillardSeeds.byName("ta81")).isEmpty();
    }

    @Test
    void regeneratesAllEightyStagedInstancesTokenForToken() throws IOException {
        Path folder = TestData.require("jobshop/instances/Taillard1993");

        for (TaillardSeeds.Seed seed : TaillardSeeds.all()) {
            String staged = Files.readString(folder.resolve(seed.name() + "js.txt"));
            String generated = JobShopWriter.write(TaillardGenerator.generate(seed));

            assertThat(generated.split("\\s+")).as(seed.name()).containsExactly(staged.strip().split("\\s+"));
        }
    }
}
