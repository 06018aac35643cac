package dev.gantry.modeling.construction;

import java.time.LocalDate;

/** An activity's deadline: it finishes on or before {@code date}; a soft one costs {@code weight} per working day late. */
public record Deadline(LocalDate date, DeadlineType type, long weight) {
    public Deadline {
        if (weight < 0) {
            throw new IllegalArgumentException("a deadline weight may not be negative: " + weight);
        }
    }
}
