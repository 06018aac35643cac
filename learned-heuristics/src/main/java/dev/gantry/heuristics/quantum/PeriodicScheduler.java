package dev.gantry.heuristics.quantum;

import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.ScheduledInstance;
import java.util.List;
import java.util.Optional;

/** Schedules every instance of a demand set over its hyperperiod, or reports that some instance misses its deadline. */
@FunctionalInterface
interface PeriodicScheduler {
    /** The instances over {@code [0, lcm(periods))}, or empty when the set is not schedulable by this rule. */
    Optional<List<ScheduledInstance>> schedule(QuantumInstance instance, List<Demand> demands);
}
