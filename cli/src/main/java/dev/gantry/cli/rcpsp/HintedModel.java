package dev.gantry.cli.rcpsp;

import dev.gantry.heuristics.rcpsp.PrioritySgs;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.rcpsp.Rcpsp;
import dev.gantry.modeling.rcpsp.RcpspModel;
import dev.gantry.modeling.rcpsp.RcpspSchedule;

/**
 * The CP model as spec §2.3 and §0 set it up: the best priority-rule schedule (both schemes, every deterministic
 * rule) gives the horizon and the complete hint.
 */
public record HintedModel(RcpspModel model, RcpspSchedule start) {
    public static HintedModel of(Rcpsp instance) {
        RcpspSchedule start = PrioritySgs.best(instance);
        return new HintedModel(RcpspModel.compile(instance, start.makespan()), start);
    }

    /** The options with the hint set. */
    public SolveOptions.Builder hinted(SolveOptions.Builder options) {
        return options.hint(model.hint(start));
    }
}
