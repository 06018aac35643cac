package dev.gantry.cli.batch;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Progress of a batch: on a terminal a one-line bar redrawn every second (runs done, failed, total, elapsed, ETA,
 * best and mean gap so far); elsewhere one plain line per finished run.
 */
public final class BatchProgress implements AutoCloseable {
    private static final int BAR_WIDTH = 24;

    private final PrintStream out;
    private final boolean bar;
    private final long startNanos = System.nanoTime();
    private ScheduledExecutorService ticker;
    private int total;
    private int done;
    private int failed;
    private int gaps;
    private double gapSum;
    private double bestGap = Double.NaN;

    private BatchProgress(PrintStream out, boolean bar) {
        this.out = out;
        this.bar = bar;
    }

    /** A live bar on {@code out} (a terminal). */
    public static BatchProgress bar(PrintStream out) {
        return new BatchProgress(out, true);
    }

    /** One line per finished run on {@code out}. */
    /** A bar on stdout when attached to a terminal, plain lines on stderr otherwise. */
    public static BatchProgress forConsole() {
        return System.console() != null ? bar(System.out) : lines(System.err);
    }

    public static BatchProgress lines(PrintStream out) {
        return new BatchProgress(out, false);
    }

    public synchronized void start(int runs) {
        total = runs;
        if (bar) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "gantry-batch-progress");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::draw, 0, 1, TimeUnit.SECONDS);
        }
    }

    public synchronized void finished(RunRecord r) {
        done++;
        if (r.failed()) {
            failed++;
        }
        if (r.gapPercent() != null) {
            gaps++;
            gapSum += r.gapPercent();
            bestGap = Double.isNaN(bestGap) ? r.gapPercent() : Math.min(bestGap, r.gapPercent());
        }
        if (bar) {
            draw();
        } else {
            out.println(String.format(Locale.ROOT, "[%d/%d] %s %s %s: %s", done, total, r.family(), r.engine(), r.instance(), describe(r)));
        }
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            draw();
            out.println();
        }
    }

    static String describe(RunRecord r) {
        if (r.failed()) {
            return "FAILED" + (r.exitCode() == null ? "" : " (exit " + r.exitCode() + ")") + ": " + r.error();
        }
        StringBuilder sb = new StringBuilder(r.status());
        if (r.objective() != null) {
            sb.append(' ').append(r.objective());
        }
        if (r.gapPercent() != null) {
            sb.append(String.format(Locale.ROOT, " gap %.2f%%", r.gapPercent()));
        }
        if (r.objective() != null) {
            sb.append(r.verified() ? ", verified" : ", NOT VERIFIED (" + r.violations() + " violations)");
        }
        return sb.append(String.format(Locale.ROOT, ", %.2f s", r.timeMillis() / 1000.0)).toString();
    }

    private synchronized void draw() {
        double elapsed = (System.nanoTime() - startNanos) / 1e9;
        int filled = total == 0 ? BAR_WIDTH : BAR_WIDTH * done / total;
        String eta = done == 0 ? "?" : seconds(elapsed / done * (total - done));
        String gap = gaps == 0 ? "" : String.format(Locale.ROOT, "  gap best %.2f%% mean %.2f%%", bestGap, gapSum / gaps);
        out.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d done, %d failed  %s elapsed, ETA %s%s   ", "#".repeat(filled),
                " ".repeat(BAR_WIDTH - filled), done, total, failed, seconds(elapsed), eta, gap));
        out.flush();
    }

    private static String seconds(double s) {
        long whole = Math.round(s);
        return whole < 60 ? whole + "s" : whole / 60 + "m" + String.format(Locale.ROOT, "%02d", whole % 60) + "s";
    }
}
