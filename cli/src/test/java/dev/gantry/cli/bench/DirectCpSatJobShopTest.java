package dev.gantry.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.cp.sat.CpSatBackend;
import dev.gantry.instances.TestData;
import dev.gantry.instances.jobshop.BundledInstances;
import dev.gantry.instances.jobshop.JobShopReader;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "The DSL must cost nothing": Gantry's job shop, through the IR, the lowering and the CP-SAT emitter, yields the
 * very CP-SAT model a user writes by hand against the OR-Tools API, so both solve identically.
 */
class DirectCpSatJobShopTest {
    private final CpSatBackend cpsat = (CpSatBackend) Backends.get("cpsat");

    @ParameterizedTest
    @ValueSource(strings = {"ft06", "ft10", "la01"})
    void gantryEmitsTheSameCpSatModelAsTheHandWrittenOne(String name) {
        JobShop shop = BundledInstances.jobShop(name).orElseThrow();
        assertThat(cpsat.nativeModel(JobShopModel.compile(shop).model())).isEqualTo(DirectCpSatJobShop.build(shop).proto());
    }

    @Test
    void theSameHoldsOnALargeTaillardInstance() throws Exception {
        JobShop shop = JobShopReader.read(TestData.require("jobshop/instances/Taillard1993/ta71js.txt"));
        assertThat(cpsat.nativeModel(JobShopModel.compile(shop).model())).isEqualTo(DirectCpSatJobShop.build(shop).proto());
    }
}
