package dev.gantry.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A self-contained SVG Gantt chart: one row per resource, bars coloured by a group (the job), a time axis
 * with round ticks, and a tooltip per bar. Family-neutral: callers add rows and bars.
 */
public final class GanttSvg {
    private static final int LEFT = 90;
    private static final int TOP = 48;
    private static final int ROW = 26;
    private static final int WIDTH = 1100;

    private final String title;
    private final List<String> rows = new ArrayList<>();
    private final List<Bar> bars = new ArrayList<>();

    /** One bar: its row, {@code [start, end)}, a colour group and a short label. */
    public record Bar(int row, long start, long end, int colourGroup, String label, String tooltip) {
    }

    public GanttSvg(String title) {
        this.title = title;
    }

    public int addRow(String name) {
        rows.add(name);
        return rows.size() - 1;
    }

    public GanttSvg addBar(Bar bar) {
        bars.add(bar);
        return this;
    }

    public String render() {
        long horizon = Math.max(1, bars.stream().mapToLong(Bar::end).max().orElse(1));
        double scale = (WIDTH - LEFT - 20) / (double) horizon;
        int height = TOP + rows.size() * ROW + 40;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\">%n",
                WIDTH, height, WIDTH, height));
        sb.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"24\" font-size=\"16\" font-weight=\"bold\">%s</text>%n", LEFT, escape(title)));
        long step = tickStep(horizon);
        int axisY = TOP + rows.size() * ROW;
        for (long t = 0; t <= horizon; t += step) {
            double x = LEFT + t * scale;
            sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>%n", x, TOP - 4, x, axisY));
            sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%d</text>%n", x, axisY + 16, t));
        }
        sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" fill=\"#555\">time</text>%n", LEFT, axisY + 32));
        for (int r = 0; r < rows.size(); r++) {
            int y = TOP + r * ROW;
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>%n",
                    LEFT - 8, y + ROW / 2 + 4, escape(rows.get(r))));
            sb.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eee\"/>%n", LEFT, y + ROW, WIDTH - 20, y + ROW));
        }
        for (Bar b : bars) {
            double x = LEFT + b.start() * scale;
            double w = Math.max(1, (b.end() - b.start()) * scale);
            int y = TOP + b.row() * ROW + 3;
            sb.append(String.format(Locale.ROOT,
                    "<g><title>%s</title><rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\" stroke=\"#333\" stroke-width=\"0.5\"/>",
                    escape(b.tooltip()), x, y, w, ROW - 6, colour(b.colourGroup())));
            if (w > 7 * b.label().length()) {
                sb.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                        x + w / 2, y + ROW / 2 + 1, escape(b.label())));
            }
            sb.append("</g>\n");
        }
        return sb.append("</svg>\n").toString();
    }

    /** A tick step of 1, 2 or 5 times a power of ten giving at most about 12 ticks. */
    static long tickStep(long horizon) {
        long step = 1;
        while (horizon / step > 12) {
            long base = step;
            step = base * 2;
            if (horizon / step > 12) {
                step = base * 5;
            }
            if (horizon / step > 12) {
                step = base * 10;
            }
        }
        return step;
    }

    /** Distinct, light hues: the golden angle spreads neighbouring groups apart. */
    static String colour(int group) {
        double hue = (group * 137.508) % 360;
        return String.format(Locale.ROOT, "hsl(%.0f,65%%,72%%)", hue);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
