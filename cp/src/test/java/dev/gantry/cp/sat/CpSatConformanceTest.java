package dev.gantry.cp.sat;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.conformance.BackendConformanceKit;
import dev.gantry.modeling.spi.Backend;

class CpSatConformanceTest extends BackendConformanceKit {
    @Override
    protected Backend backend() {
        return Backends.get("cpsat");
    }

    @Override
    protected double reproducibleWork() {
        return 0.5; // deterministic seconds
    }
}
