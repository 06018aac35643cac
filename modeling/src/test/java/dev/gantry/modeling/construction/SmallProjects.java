package dev.gantry.modeling.construction;

import dev.gantry.modeling.scheduling.RelationType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/** Hand-made projects for the tests: Mon–Fri from Monday 2026-01-05, holiday Monday 2026-01-19. */
final class SmallProjects {
    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final Calendar CALENDAR = Calendar.weekdays(new TreeSet<>(List.of(LocalDate.of(2026, 1, 19))));

    private SmallProjects() {
    }

    static Activity activity(String id, long duration) {
        return new Activity(id, id, duration, "general", Optional.empty(), Map.of(), Optional.empty(), Optional.empty(), "P1");
    }

    static Dependency dep(String pred, String succ, RelationType type, long lag) {
        return new Dependency(pred, succ, type, lag, LagUnit.WD, OptionalLong.empty());
    }

    /**
     * The 10-activity network whose CPM is derived by hand in {@link DependencyAnalysisTest}: A3 B2 C4 D1 E2 F3 G0 H2
     * I1 J0 with FS, SS, FF and SF relations and one redundant A FS D.
     */
    static Project tenActivities() {
        List<Activity> acts = new ArrayList<>();
        String[] ids = {"A", "B", "C", "D", "E", "F", "G", "H", "I", "J"};
        long[] d = {3, 2, 4, 1, 2, 3, 0, 2, 1, 0};
        for (int i = 0; i < ids.length; i++) {
            acts.add(activity(ids[i], d[i]));
        }
        List<Dependency> deps = List.of(
                dep("A", "B", RelationType.FS, 0), dep("A", "C", RelationType.FS, 0), dep("B", "D", RelationType.FS, 1),
                dep("C", "E", RelationType.SS, 2), dep("D", "F", RelationType.FS, 0), dep("E", "F", RelationType.FF, 1),
                dep("C", "G", RelationType.FS, 0), dep("F", "H", RelationType.FS, 0), dep("G", "H", RelationType.FS, 0),
                dep("H", "I", RelationType.SF, 3), dep("I", "J", RelationType.FS, 0), dep("H", "J", RelationType.FS, 0),
                dep("A", "D", RelationType.FS, 0));
        return new Project("ten", START, CALENDAR, List.of(), List.of(), acts, deps);
    }
}
