package dev.gantry.heuristics.smtt;

import dev.gantry.modeling.smtt.SingleMachineTardiness;

/**
 * Panwalkar–Smith–Koulamas (1993) as the paper compared it (spec §2.4): pending jobs in SPT order (p, d, j); the
 * first job is appended if already late, otherwise a scan along the list hands the "active" role to any job with
 * a smaller due date and appends the active job once a later job would make it late, or at the end of the list.
 *
 * <p>As in the reference, the already-late test is not repeated for a job that becomes active during the scan.
 * O(n) per step, O(n²) overall.
 */
public final class Psk implements DispatchRule {
    @Override
    public String id() {
        return "psk";
    }

    @Override
    public int[] candidates(SingleMachineTardiness instance) {
        return JobOrders.byProcessingThenDueDate(instance);
    }

    @Override
    public int select(SingleMachineTardiness instance, int[] pending, int size, long time) {
        int active = 0;
        if (size == 1 || time + instance.processing(pending[0]) >= instance.dueDate(pending[0])) {
            return active;
        }
        for (int j = 1; j < size; j++) {
            long activeDue = instance.dueDate(pending[active]);
            if (activeDue <= time + instance.processing(pending[j])) {
                return active; // (a) running j first would make the active job late
            }
            if (instance.dueDate(pending[j]) < activeDue) {
                active = j; // (c) j is due earlier: it becomes the active job
            }
            // (b) otherwise keep scanning; at the end of the list the active job is appended
        }
        return active;
    }

    @Override
    public String toString() {
        return "PSK";
    }
}
