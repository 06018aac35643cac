package dev.gantry.cp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.jobshop.BestKnownBounds;
import dev.gantry.instances.jobshop.BundledInstances;
import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopModel;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.jobshop.JobShopVerifier;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Acceptance 2 of the foundation: ft06 = 55 and la01 = 666 on both backends, ft10 proven optimal at 930 by CP-SAT
 * with 2 workers. Every plan goes through the independent verifier; optima are checked against bks.json.
 */
class JobShopSolveTest {

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({"ft06, cpsat, 55", "ft06, choco, 55", "la01, cpsat, 666", "la01, choco, 666", "ft10, cpsat, 930"})
    void bundledInstancesAreSolvedToTheirKnownOptimum(String name, String backend, long optimum) throws Exception {
        JobShop shop = BundledInstances.jobShop(name).orElseThrow();
        JobShopModel model = JobShopModel.compile(shop);
        SolveResult r = Backends.get(backend).solve(model.model(),
                SolveOptions.builder().workers(2).seed(1).timeLimit(Duration.ofSeconds(120)).build());

        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        assertThat(r.objective()).isEqualTo(optimum);
        assertThat(r.bestBound()).hasValue(optimum);
        JobShopSchedule plan = model.decode(r.solution());
        VerificationReport report = JobShopVerifier.verify(plan);
        assertThat(report.violations()).isEmpty();
        assertThat(report.objective()).isEqualTo(optimum);
        System.out.printf("%s on %s: %s %d in %d ms (build %d ms)%n", name, backend, r.status(), r.objective(),
                r.wallTime().toMillis(), r.buildTime().toMillis());

        BestKnownBounds bks = BestKnownBounds.read(TestData.require("jobshop/bks.json"));
        BestKnownBounds.Bound bound = bks.forInstance(name).orElseThrow();
        assertThat(bound.closed()).isTrue();
        assertThat(bound.upperBound()).isEqualTo(optimum);
    }
}
