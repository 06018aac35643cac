package dev.gantry.cp.choco;

import dev.gantry.modeling.api.ConstraintKind;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.impl.Lowering;
import dev.gantry.modeling.impl.rewrite.Rewrites;
import dev.gantry.modeling.spi.AssumptionSupport;
import dev.gantry.modeling.spi.Backend;
import dev.gantry.modeling.spi.Capabilities;
import dev.gantry.modeling.spi.Compiled;
import dev.gantry.modeling.spi.WorkUnit;
import java.util.EnumSet;
import java.util.List;

/**
 * Choco Solver behind Gantry's SPI: id {@code choco}. Choco has no disjunctive, so NoOverlap arrives as a unit
 * cumulative (plus pairwise disjunctions for STRICT zero-length intervals, S1); integers are limited to ±21474836
 * (S6). One worker.
 */
public final class ChocoBackend implements Backend {
    public static final String ID = "choco";
    static final String VERSION = "4.10.18";

    private static final EnumSet<ConstraintKind> CONDITIONABLE = EnumSet.of(ConstraintKind.LINEAR, ConstraintKind.ALL_DIFFERENT,
            ConstraintKind.ELEMENT, ConstraintKind.TABLE, ConstraintKind.CLAUSE, ConstraintKind.AT_MOST_ONE,
            ConstraintKind.EXACTLY_ONE, ConstraintKind.MIN_OF, ConstraintKind.MAX_OF, ConstraintKind.ABS, ConstraintKind.MUL,
            ConstraintKind.DIV, ConstraintKind.MOD);

    private static final Capabilities CAPABILITIES = new Capabilities(
            EnumSet.of(ConstraintKind.LINEAR, ConstraintKind.ALL_DIFFERENT, ConstraintKind.ELEMENT, ConstraintKind.TABLE,
                    ConstraintKind.CUMULATIVE, ConstraintKind.CLAUSE, ConstraintKind.AT_MOST_ONE, ConstraintKind.EXACTLY_ONE,
                    ConstraintKind.MIN_OF, ConstraintKind.MAX_OF, ConstraintKind.ABS, ConstraintKind.MUL, ConstraintKind.DIV,
                    ConstraintKind.MOD),
            CONDITIONABLE, CONDITIONABLE, true, AssumptionSupport.EMULATED, false, true, true, true, true, true, true, 1,
            WorkUnit.FAILURES);

    private final Lowering lowering = new Lowering(ID, CAPABILITIES, List.of(), Rewrites.library());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    @Override
    public Compiled compile(Model model, SolveOptions options) {
        Model lowered = lowering.lower(model);
        return new ChocoCompiled(model, lowered, ChocoEmitter.emit(lowered));
    }
}
