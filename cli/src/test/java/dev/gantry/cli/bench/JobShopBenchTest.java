package dev.gantry.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.cli.family.UsageException;
import dev.gantry.instances.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class JobShopBenchTest {
    private static Path data() {
        return TestData.require("jobshop/bks.json").getParent().getParent();
    }

    @Test
    void selectsFamiliesNamesAndRangesInNaturalOrder() throws Exception {
        Path data = data();
        assertThat(JobShopBench.select(data, "ft").keySet()).containsExactly("ft06", "ft10", "ft20");
        assertThat(JobShopBench.select(data, "ta08-ta11,la01").keySet()).containsExactly("ta08", "ta09", "ta10", "ta11", "la01");
        assertThat(JobShopBench.select(data, "abz").keySet()).containsExactly("abz5", "abz6", "abz7", "abz8", "abz9");
        Assertions.assertThatThrownBy(() -> JobShopBench.select(data, "nope")).isInstanceOf(UsageException.class).hasMessageContaining("'nope'");
    }

    @Test
    void printsARowPerInstanceAndASummary() throws Exception {
        StringWriter text = new StringWriter();
        new JobShopBench(data(), Duration.ofSeconds(5), 1, 1, 2, new PrintWriter(text), null).run("ft06,la01");
        String out = text.toString();
        assertThat(out).containsPattern("ft06 +55 \\| OPTIMAL +55 +55 +0\\.00 \\| OPTIMAL +55 +55 +0\\.00 \\|.* yes")
                .containsPattern("la01 +666 \\| OPTIMAL +666 +666 +0\\.00 \\| OPTIMAL +666 +666 +0\\.00 \\|.* yes")
                .contains("2 instances: mean gap gantry 0.00% / direct 0.00%; proven optimal 2 / 2")
                .contains("identical CP-SAT model 2/2; gantry plans verified 2/2");
    }
}
