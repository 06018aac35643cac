package dev.gantry.cli.jobshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.cli.family.UsageException;
import dev.gantry.instances.TestData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JobShopSetsTest {
    private static Path data() {
        return TestData.require("jobshop/bks.json").getParent().getParent();
    }

    @Test
    void selectsFamiliesNamesAndRangesInNaturalOrder() throws Exception {
        assertThat(JobShopSets.select(data(), "ft").keySet()).containsExactly("ft06", "ft10", "ft20");
        assertThat(JobShopSets.select(data(), "ta08-ta11,la01").keySet()).containsExactly("ta08", "ta09", "ta10", "ta11", "la01");
        assertThat(JobShopSets.select(data(), "abz").keySet()).containsExactly("abz5", "abz6", "abz7", "abz8", "abz9");
        assertThatThrownBy(() -> JobShopSets.select(data(), "nope")).isInstanceOf(UsageException.class).hasMessageContaining("'nope'");
    }

    @Test
    void selectsBySizeWithinAFamilyOrAcrossAll() throws Exception {
        assertThat(JobShopSets.select(data(), "ta:20x15").keySet()).containsExactly("ta11", "ta12", "ta13", "ta14", "ta15", "ta16", "ta17",
                "ta18", "ta19", "ta20");
        assertThat(JobShopSets.select(data(), "6x6").keySet()).containsExactly("ft06");
    }
}
