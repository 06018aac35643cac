package dev.gantry.heuristics.jobshop;

import java.util.List;

/**
 * The per-candidate features a {@link ScoringRule} sees at a non-delay decision at time t, each normalised per
 * instance (pmax = the longest operation, W = the mean job total work, L = the mean machine load, M = the most
 * operations of a job). Work totals include the candidate operation.
 */
public final class Features {
    /** p / pmax. */
    public static final int PROCESSING = 0;
    /** Remaining work of the job / W. */
    public static final int REMAINING_WORK = 1;
    /** Remaining operations of the job / M. */
    public static final int REMAINING_OPS = 2;
    /** Work done including the candidate / W. */
    public static final int DONE_WORK = 3;
    /** (t - the job's ready time) / pmax: how long it has waited. */
    public static final int WAITING = 4;
    /** Unscheduled work left on the candidate's machine / L. */
    public static final int MACHINE_LOAD = 5;
    /** Work done including the candidate / the job's total work. */
    public static final int DONE_FRACTION = 6;
    /** Unscheduled work left on the machine of the job's following operation / L (0 for a last operation). */
    public static final int NEXT_MACHINE_LOAD = 7;
    /** max(0, next machine's ready time - (t + p)) / pmax: how long the job would wait after this operation. */
    public static final int NEXT_WAIT = 8;
    /** ln(work done including the candidate / remaining work): the log of FDD/MWKR's key. */
    public static final int FDD_RATIO = 9;
    /** Among the candidates on the same machine: the shortest p / p (1 for the shortest). */
    public static final int RELATIVE_PROCESSING = 10;
    /** Among the candidates on the same machine: remaining work / the most remaining work (1 for the most). */
    public static final int RELATIVE_REMAINING = 11;
    public static final int COUNT = 12;

    /** The names used in learned-rule files, by index. */
    public static final List<String> NAMES = List.of("processing", "remaining-work", "remaining-ops", "done-work", "waiting",
            "machine-load", "done-fraction", "next-machine-load", "next-wait", "fdd-ratio", "relative-processing", "relative-remaining");

    private Features() {
    }
}
