package dev.gantry.cp.choco;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.conformance.BackendConformanceKit;
import dev.gantry.modeling.spi.Backend;

class ChocoConformanceTest extends BackendConformanceKit {
    @Override
    protected Backend backend() {
        return Backends.get("choco");
    }

    @Override
    protected boolean supportsFullLongRange() {
        return false;
    }

    @Override
    protected double reproducibleWork() {
        return 2000; // failures
    }
}
