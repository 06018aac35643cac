package dev.gantry.instances.smtt;

import dev.gantry.modeling.smtt.SingleMachineTardiness;
import java.util.OptionalLong;

/**
 * One tardiness instance as a benchmark file holds it: the instance, its stored optimum when the file has one,
 * and its generator class (RDD, TF) when given (NaN otherwise).
 */
public record SmttCase(SingleMachineTardiness instance, OptionalLong optimum, double rdd, double tf) {
}
