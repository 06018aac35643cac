package dev.gantry.modeling.scheduling;

import java.util.OptionalLong;

/**
 * A non-preemptive task: duration ≥ 0, earliest start (release), an optional due date (soft: tardiness), an
 * optional hard deadline on its end, and a tardiness weight.
 */
public record Task(String id, long duration, long release, OptionalLong due, OptionalLong deadline, long weight) {
    public Task {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a task needs an id");
        }
        if (duration < 0) {
            throw new IllegalArgumentException("task " + id + " has negative duration " + duration);
        }
        if (release < 0) {
            throw new IllegalArgumentException("task " + id + " has negative release " + release);
        }
        if (weight < 0) {
            throw new IllegalArgumentException("task " + id + " has negative weight " + weight);
        }
    }

    public static Task of(String id, long duration) {
        return new Task(id, duration, 0, OptionalLong.empty(), OptionalLong.empty(), 1);
    }

    public Task withRelease(long value) {
        return new Task(id, duration, value, due, deadline, weight);
    }

    public Task withDue(long value, long tardinessWeight) {
        return new Task(id, duration, release, OptionalLong.of(value), deadline, tardinessWeight);
    }

    public Task withDeadline(long value) {
        return new Task(id, duration, release, due, OptionalLong.of(value), weight);
    }
}
