package dev.gantry.cp.sat;

import com.google.ortools.init.OrToolsVersion;
import com.google.ortools.sat.CpModelProto;
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

/** OR-Tools CP-SAT behind Gantry's SPI: id {@code cpsat}. */
public final class CpSatBackend implements Backend {
    public static final String ID = "cpsat";

    private static final Capabilities CAPABILITIES = new Capabilities(
            EnumSet.of(ConstraintKind.LINEAR, ConstraintKind.ALL_DIFFERENT, ConstraintKind.ELEMENT, ConstraintKind.TABLE,
                    ConstraintKind.NO_OVERLAP, ConstraintKind.CUMULATIVE, ConstraintKind.CLAUSE, ConstraintKind.AT_MOST_ONE,
                    ConstraintKind.EXACTLY_ONE, ConstraintKind.MIN_OF, ConstraintKind.MAX_OF, ConstraintKind.ABS,
                    ConstraintKind.MUL, ConstraintKind.DIV, ConstraintKind.MOD),
            // enforcement literals work only on linear and bool_or/bool_and (cp_model.h)
            EnumSet.of(ConstraintKind.LINEAR, ConstraintKind.CLAUSE),
            EnumSet.noneOf(ConstraintKind.class),
            true, AssumptionSupport.NATIVE, true, true, true, true, true, true, true, 256,
            WorkUnit.DETERMINISTIC_SECONDS);

    private final Lowering lowering = new Lowering(ID, CAPABILITIES,
            List.of(Rewrites.ignoreZeroAsShadows(), Rewrites.moduloByAbsoluteDivisor()), Rewrites.library());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String version() {
        NativeLibraries.ensureLoaded();
        return OrToolsVersion.getVersionString();
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    /** The CP-SAT model Gantry builds for {@code model}: to inspect, export, or compare with a hand-written one. */
    public CpModelProto nativeModel(Model model) {
        NativeLibraries.ensureLoaded();
        return CpSatEmitter.emit(lowering.lower(model)).cpModel().model();
    }

    @Override
    public Compiled compile(Model model, SolveOptions options) {
        NativeLibraries.ensureLoaded();
        Model lowered = lowering.lower(model);
        return new CpSatCompiled(model, lowered, CpSatEmitter.emit(lowered), version());
    }
}
