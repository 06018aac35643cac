package dev.gantry.modeling.jobshop;

/** One operation of a job: the machine it needs (from 0) and its duration (≥ 0). */
public record Operation(int machine, long duration) {
    public Operation {
        if (machine < 0) {
            throw new IllegalArgumentException("machine " + machine + " < 0");
        }
        if (duration < 0) {
            throw new IllegalArgumentException("duration " + duration + " < 0");
        }
    }
}
