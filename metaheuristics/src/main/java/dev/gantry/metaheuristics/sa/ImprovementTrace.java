package dev.gantry.metaheuristics.sa;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The improving-solution trace of one chain: one row per new best, in primitive arrays so recording costs no
 * allocation in the hot loop. Past the capacity the rows are thinned logarithmically (every second row is
 * dropped and the recording stride doubles), and the final best is always kept.
 */
public final class ImprovementTrace {
    /** The move-type code of the start row. */
    static final int START = -1;
    /** The move-type code of a row the final polish produced. */
    static final int POLISH = -2;

    private final int chain;
    private long[] proposal;
    private long[] nanos;
    private double[] objective;
    private double[] temperature;
    private int[] moveType;
    private int size;
    private long stride = 1;
    private long seen;
    private final MoveTypes moveTypes;
    // The latest best that thinning skipped: written at close so the final best is always in the trace.
    private boolean pending;
    private long pendingProposal;
    private long pendingNanos;
    private double pendingObjective;
    private double pendingTemperature;
    private int pendingType;

    ImprovementTrace(int chain, int capacity, MoveTypes moveTypes) {
        this.chain = chain;
        this.moveTypes = moveTypes;
        proposal = new long[capacity];
        nanos = new long[capacity];
        objective = new double[capacity];
        temperature = new double[capacity];
        moveType = new int[capacity];
    }

    void record(long atProposal, long elapsedNanos, double value, double t, int type) {
        if (seen++ % stride != 0) {
            lastUnrecorded(atProposal, elapsedNanos, value, t, type);
            return;
        }
        if (size == proposal.length) {
            thin();
        }
        put(size++, atProposal, elapsedNanos, value, t, type);
        pending = false;
    }

    private void lastUnrecorded(long atProposal, long elapsedNanos, double value, double t, int type) {
        pending = true;
        pendingProposal = atProposal;
        pendingNanos = elapsedNanos;
        pendingObjective = value;
        pendingTemperature = t;
        pendingType = type;
    }

    /** Writes the final best if thinning skipped it. */
    void close() {
        if (pending) {
            if (size == proposal.length) {
                thin();
            }
            put(size++, pendingProposal, pendingNanos, pendingObjective, pendingTemperature, pendingType);
            pending = false;
        }
    }

    private void thin() {
        int kept = 0;
        for (int i = 0; i < size; i += 2) {
            put(kept++, proposal[i], nanos[i], objective[i], temperature[i], moveType[i]);
        }
        size = kept;
        stride *= 2;
    }

    private void put(int i, long p, long ns, double value, double t, int type) {
        proposal[i] = p;
        nanos[i] = ns;
        objective[i] = value;
        temperature[i] = t;
        moveType[i] = type;
    }

    public int chain() {
        return chain;
    }

    public int size() {
        return size;
    }

    public long proposal(int row) {
        return proposal[row];
    }

    public long elapsedNanos(int row) {
        return nanos[row];
    }

    public double objective(int row) {
        return objective[row];
    }

    public double temperature(int row) {
        return temperature[row];
    }

    /** The move type that produced the row: "start" for the start solution, "polish" for the final descent. */
    public String moveType(int row) {
        return switch (moveType[row]) {
            case START -> "start";
            case POLISH -> "polish";
            default -> moveTypes.name(moveType[row]);
        };
    }

    public double[] objectives() {
        return Arrays.copyOf(objective, size);
    }

    /** CSV with a header: proposal,elapsed_ns,objective,temperature,move,chain. */
    public void writeCsv(Writer out, boolean header) throws IOException {
        if (header) {
            out.write("proposal,elapsed_ns,objective,temperature,move,chain\n");
        }
        for (int i = 0; i < size; i++) {
            out.write(String.format(Locale.ROOT, "%d,%d,%s,%s,%s,%d%n", proposal[i], nanos[i], objective[i], temperature[i],
                    moveType(i), chain));
        }
    }
}
