package dev.gantry.modeling.spi;

import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.impl.SolveDriver;

/**
 * A solver behind Gantry's IR (R9), discovered through {@link java.util.ServiceLoader}. Implementations compile
 * single-objective models; {@link #solve} adds what every backend shares: the whole-call time limit, build-time
 * accounting, lexicographic objectives, {@code stopAtObjective}, cancellation before start and MODEL_INVALID
 * results for models the backend cannot express.
 */
public interface Backend {
    String id();

    String version();

    Capabilities capabilities();

    /**
     * Lowers the model to the backend's native set and builds the native model.
     *
     * @throws UnsupportedModelException when a constraint cannot reach the native set
     */
    Compiled compile(Model model, SolveOptions options);

    default SolveResult solve(Model model, SolveOptions options) {
        return SolveDriver.solve(this, model, options);
    }
}
