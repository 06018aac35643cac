package dev.gantry.heuristics.quantum;

import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumSchedule;
import java.util.Arrays;
import java.util.Optional;

/**
 * The three reference schedulers of [SW21]/[LS] (spec §2), by engine id and by the name {@code reference_results}
 * uses. RCPSP-NP-EDF is Gantry's default: it places segments rather than whole blocks.
 */
public enum QuantumHeuristic {
    PTS_NP_EDF("pts-np-edf", "PTS-NP-EDF"),
    RCPSP_NP_FPR("rcpsp-np-fpr", "RCPSP-NP-FPR"),
    RCPSP_NP_EDF("rcpsp-np-edf", "RCPSP-NP-EDF");

    private final String id;
    private final String referenceName;

    QuantumHeuristic(String id, String referenceName) {
        this.id = id;
        this.referenceName = referenceName;
    }

    public String id() {
        return id;
    }

    public String referenceName() {
        return referenceName;
    }

    public static Optional<QuantumHeuristic> byId(String id) {
        return Arrays.stream(values()).filter(h -> h.id.equals(id)).findFirst();
    }

    /** The admission loop over the demands in file order with this scheduler (§2). */
    public QuantumSchedule admit(QuantumInstance instance) {
        return Admission.run(instance, scheduler());
    }

    PeriodicScheduler scheduler() {
        return switch (this) {
            case PTS_NP_EDF -> PtsNpEdf::schedule;
            case RCPSP_NP_FPR -> (q, demands) -> RcpspNp.schedule(q, demands, RcpspNp.Placement.WHOLE_BLOCK);
            case RCPSP_NP_EDF -> (q, demands) -> RcpspNp.schedule(q, demands, RcpspNp.Placement.SEGMENTS);
        };
    }
}
