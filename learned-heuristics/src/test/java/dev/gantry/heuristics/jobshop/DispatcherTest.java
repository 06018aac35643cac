package dev.gantry.heuristics.jobshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.instances.TestData;
import dev.gantry.instances.jobshop.BestKnownBounds;
import dev.gantry.instances.jobshop.BundledInstances;
import dev.gantry.instances.jobshop.JobShopReader;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.verify.jobshop.JobShopVerifier;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DispatcherTest {
    private static long makespan(JobShop shop, StaticRule rule) {
        JobShopSchedule plan = Dispatcher.schedule(shop, rule);
        assertThat(JobShopVerifier.verify(plan).valid()).as("%s on %s", rule, shop.name()).isTrue();
        return plan.makespan();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ft06, 88, 65, 59, 61, 67", "ft10, 1074, 1184, 1163, 1108, 1097"})
    void theSpecsReferenceMakespansOnTheBundledInstances(String name, long spt, long fifo, long mopnr, long mwkr, long fdd) {
        JobShop shop = BundledInstances.jobShop(name).orElseThrow();
        assertThat(new long[] {makespan(shop, StaticRule.SPT), makespan(shop, StaticRule.FIFO), makespan(shop, StaticRule.MOPNR),
                makespan(shop, StaticRule.MWKR), makespan(shop, StaticRule.FDD_MWKR)}).containsExactly(spt, fifo, mopnr, mwkr, fdd);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"ta01js, 1462, 1486, 1438, 1491, 1433", "ta71js, 6232, 6270, 5938, 6036, 5852"})
    void theSpecsReferenceMakespansOnTaillard(String name, long spt, long fifo, long mopnr, long mwkr, long fdd) throws Exception {
        JobShop shop = JobShopReader.read(TestData.require("jobshop/instances/Taillard1993/" + name + ".txt"));
        assertThat(new long[] {makespan(shop, StaticRule.SPT), makespan(shop, StaticRule.FIFO), makespan(shop, StaticRule.MOPNR),
                makespan(shop, StaticRule.MWKR), makespan(shop, StaticRule.FDD_MWKR)}).containsExactly(spt, fifo, mopnr, mwkr, fdd);
    }

    @Test
    void meanGapsOnTaillardMatchTheSpecsTableWithinOnePoint() throws Exception {
        Path dir = TestData.require("jobshop/instances/Taillard1993");
        BestKnownBounds bks = BestKnownBounds.read(TestData.require("jobshop/bks.json"));
        // spec scheduling §1.4, "all 80" column: SPT 27.5, FIFO 25.4, MOPNR 19.7, MWKR 19.6, FDD/MWKR 18.0
        double[] expected = {27.5, 25.4, 19.6, 19.7, 18.0};
        StaticRule[] rules = {StaticRule.SPT, StaticRule.FIFO, StaticRule.MWKR, StaticRule.MOPNR, StaticRule.FDD_MWKR};
        for (int r = 0; r < rules.length; r++) {
            double sum = 0;
            for (int i = 1; i <= 80; i++) {
                JobShop shop = JobShopReader.read(dir.resolve(String.format(Locale.ROOT, "ta%02djs.txt", i)));
                long ub = bks.forInstance(shop.name()).orElseThrow().upperBound();
                sum += 100.0 * (makespan(shop, rules[r]) - ub) / ub;
            }
            assertThat(sum / 80).as(rules[r].id()).isCloseTo(expected[r], within(1.0));
        }
    }

    @Test
    void rulesAreNamedAsOnTheCommandLine() {
        assertThat(StaticRule.byId("fdd-mwkr")).isEqualTo(StaticRule.FDD_MWKR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StaticRule.byId("edd")).hasMessageContaining("known: spt");
    }
}
