package dev.gantry.modeling.quantum;

/** A half-open busy interval {@code [start, end)} on a qubit, in slots. */
public record Segment(String qubit, int start, int end) {
    public Segment {
        if (end <= start) {
            throw new IllegalArgumentException("segment on " + qubit + " must have end > start, found [" + start + "," + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public Segment shifted(int by) {
        return new Segment(qubit, start + by, end + by);
    }

    public boolean overlaps(Segment other) {
        return qubit.equals(other.qubit) && start < other.end && other.start < end;
    }
}
