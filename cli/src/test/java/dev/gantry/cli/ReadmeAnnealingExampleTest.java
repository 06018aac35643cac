package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.TestData;
import dev.gantry.instances.tsp.TspReader;
import dev.gantry.metaheuristics.sa.AnnealingConfig;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.sa.Annealer;
import dev.gantry.metaheuristics.sa.Termination;
import dev.gantry.metaheuristics.tsp.TspAnnealing;
import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;
import dev.gantry.verify.tsp.TourVerifier;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The README's annealing example, as written there (a shorter limit). */
class ReadmeAnnealingExampleTest {
    @Test
    void theReadmeExampleRunsAndItsTourVerifies() throws Exception {
        Tsp tsp = TspReader.read(TestData.require("tsp/a280.tsp"));
        AnnealingResult<Tour> r = Annealer.run(TspAnnealing.of(tsp),
                AnnealingConfig.builder(Termination.time(Duration.ofSeconds(2))).chains(2).workers(2).seed(1).build());
        assertThat(TourVerifier.verify(tsp, r.best()).valid()).isTrue();
        // a280's optimum is 2579; two seconds of SA are within a few percent of it
        assertThat(r.bestObjective()).isBetween(2579.0, 2579 * 1.05);
    }
}
