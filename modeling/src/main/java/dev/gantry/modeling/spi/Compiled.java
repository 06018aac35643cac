package dev.gantry.modeling.spi;

import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;

/**
 * A model built for one backend (R16). {@link #solve} may be called again with other hints or limits; the
 * options' time limit is what remains for this call.
 */
public interface Compiled {
    Model model();

    SolveResult solve(SolveOptions options);
}
