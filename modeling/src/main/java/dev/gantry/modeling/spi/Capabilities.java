package dev.gantry.modeling.spi;

import dev.gantry.modeling.api.ConstraintKind;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a backend supports natively (R10). Kinds outside {@code nativeKinds}, and enforcements outside
 * {@code enforceableKinds}/{@code reifiableKinds}, reach the backend through rewrites; where no chain of rewrites
 * exists the solve returns MODEL_INVALID naming the kind and the backend.
 */
public record Capabilities(Set<ConstraintKind> nativeKinds, Set<ConstraintKind> enforceableKinds,
                           Set<ConstraintKind> reifiableKinds, boolean optionalIntervals,
                           AssumptionSupport assumptions, boolean cores, boolean hints, boolean callbacks,
                           boolean cancellation, boolean enumeration, boolean provesInfeasibility,
                           boolean provesOptimality, int maxWorkers, WorkUnit workUnit) {

    public Capabilities {
        nativeKinds = Set.copyOf(nativeKinds);
        enforceableKinds = Set.copyOf(enforceableKinds);
        reifiableKinds = Set.copyOf(reifiableKinds);
    }

    public boolean supports(Shape shape) {
        return switch (shape.enforcement()) {
            case NONE -> nativeKinds.contains(shape.kind());
            case IMPLIED -> enforceableKinds.contains(shape.kind());
            case REIFIED -> reifiableKinds.contains(shape.kind());
        };
    }

    public static Set<ConstraintKind> kinds(ConstraintKind first, ConstraintKind... rest) {
        return EnumSet.of(first, rest);
    }
}
