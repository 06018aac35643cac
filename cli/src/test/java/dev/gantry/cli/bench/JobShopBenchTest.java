package dev.gantry.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.TestData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobShopBenchTest {
    private static Path data() {
        return TestData.require("jobshop/bks.json").getParent().getParent();
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
