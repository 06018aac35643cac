package dev.gantry.instances.jobshop;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.Operation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BundledInstancesTest {

    @Test
    void bundlesThreeClassics() {
        assertThat(BundledInstances.names()).containsExactly("ft06", "ft10", "la01");
    }

    @Test
    void readsThemWithTheirSizes() {
        JobShop ft06 = BundledInstances.jobShop("ft06").orElseThrow();
        JobShop ft10 = BundledInstances.jobShop("ft10").orElseThrow();
        JobShop la01 = BundledInstances.jobShop("la01").orElseThrow();

        assertThat(ft06.name()).isEqualTo("ft06");
        assertThat(ft06.jobs().get(5)).containsExactly(new Operation(1, 3), new Operation(3, 3),
                new Operation(5, 9), new Operation(0, 10), new Operation(4, 4), new Operation(2, 1));
        assertThat(ft10.jobCount()).isEqualTo(10);
        assertThat(ft10.machineCount()).isEqualTo(10);
        assertThat(la01.jobCount()).isEqualTo(10);
        assertThat(la01.machineCount()).isEqualTo(5);
        assertThat(la01.jobs().get(0).get(0)).isEqualTo(new Operation(1, 21));
    }

    @Test
    void unknownNamesAreEmpty() {
        assertThat(BundledInstances.jobShop("ft20")).isEmpty();
        assertThat(BundledInstances.jobShop("../jobshop/ft06")).isEmpty();
    }

    @Test
    void matchTheStagedFiles() throws IOException {
        Map<String, String> staged = Map.of("ft06", "FisherThompson1963/ft06.txt",
                "ft10", "FisherThompson1963/ft10.txt", "la01", "Lawrence1984/la01.txt");
        for (String name : BundledInstances.names()) {
            JobShop fromData = JobShopReader.read(TestData.require("jobshop/instances/" + staged.get(name)));

            assertThat(BundledInstances.jobShop(name)).contains(fromData);
        }
    }
}
