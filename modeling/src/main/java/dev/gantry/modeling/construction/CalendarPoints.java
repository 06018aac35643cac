package dev.gantry.modeling.construction;

import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.ModelBuilder;
import java.util.HashMap;
import java.util.Map;

/**
 * The calendar-day offsets of activities' reference points, for calendar-day lags: {@code calStart/<id> =
 * cal(S)} (the morning of the first working day) and {@code calEnd/<id> = cal(E − 1) + 1} (the morning after the
 * last one; 0 for an end at index 0), each one Element lookup on the monotone map {@code cal} over 0 … horizon.
 * Variables are made on first use, so a project without calendar-day lags gets none.
 */
final class CalendarPoints {
    private final ModelBuilder m;
    private final Map<String, IntervalVar> intervals;
    private final long[] startOffsets;
    private final long[] endOffsets;
    private final Map<String, IntVar> starts = new HashMap<>();
    private final Map<String, IntVar> ends = new HashMap<>();

    CalendarPoints(ModelBuilder m, Project project, long horizon, Map<String, IntervalVar> intervals) {
        this.m = m;
        this.intervals = intervals;
        int n = Math.toIntExact(horizon + 1);
        this.startOffsets = project.calendar().calendarOffsets(project.start(), n);
        this.endOffsets = new long[n];
        for (int t = 1; t < n; t++) {
            endOffsets[t] = startOffsets[t - 1] + 1;
        }
    }

    IntVar start(String id) {
        return starts.computeIfAbsent(id, k -> lookup("calStart/" + k, intervals.get(k).start(), startOffsets));
    }

    IntVar end(String id) {
        return ends.computeIfAbsent(id, k -> lookup("calEnd/" + k, intervals.get(k).end(), endOffsets));
    }

    private IntVar lookup(String name, dev.gantry.modeling.api.LinExpr index, long[] offsets) {
        IntVar v = m.intVar(name, 0, offsets[offsets.length - 1] + 1);
        m.add(Constraints.element(index, offsets, v));
        return v;
    }
}
