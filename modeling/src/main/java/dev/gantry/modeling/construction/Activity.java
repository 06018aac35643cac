package dev.gantry.modeling.construction;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One activity of a construction project (spec scheduling §4.1); {@code duration} in working days, 0 for a
 * milestone; {@code demands} units of each crew while it runs.
 */
public record Activity(String id, String name, long duration, String trade, Optional<String> zone, Map<String, Long> demands,
                       Optional<LocalDate> earliestStart, Optional<Deadline> deadline, String phase) {
    public Activity {
        demands = Collections.unmodifiableMap(new LinkedHashMap<>(demands));
    }

    public boolean isMilestone() {
        return duration == 0;
    }
}
