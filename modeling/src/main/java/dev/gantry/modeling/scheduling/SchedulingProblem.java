package dev.gantry.modeling.scheduling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The scheduling layer: tasks, unary and cumulative resources, finish-to-start precedences with minimum lags,
 * generalised precedences (FS/SS/FF/SF with minimum and maximum lags, spec §3), releases, due dates and deadlines, and a makespan or weighted-tardiness objective. Problem families (job shop,
 * RCPSP, …) build one of these and {@link SchedulingModel#compile compile} it to the IR. Every requirement sits in
 * a named group with a plain-text label.
 */
public record SchedulingProblem(String name, List<Task> tasks, List<UnaryResource> unaryResources,
                                List<CumulativeResource> cumulativeResources, List<Precedence> precedences,
                                List<TemporalRelation> relations, Map<String, String> groupLabels, SchedulingObjective objective, OptionalLong horizon) {

    public SchedulingProblem {
        tasks = List.copyOf(tasks);
        unaryResources = List.copyOf(unaryResources);
        cumulativeResources = List.copyOf(cumulativeResources);
        precedences = List.copyOf(precedences);
        relations = List.copyOf(relations);
        groupLabels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(groupLabels));
        Set<String> ids = new HashSet<>();
        for (Task t : tasks) {
            if (!ids.add(t.id())) {
                throw new IllegalArgumentException("problem " + name + ": task id " + t.id() + " is used twice");
            }
        }
        for (Precedence p : precedences) {
            requireTask(ids, p.before(), "precedence in " + p.group());
            requireTask(ids, p.after(), "precedence in " + p.group());
        }
        for (TemporalRelation r : relations) {
            requireTask(ids, r.pred(), "relation in " + r.group());
            requireTask(ids, r.succ(), "relation in " + r.group());
        }
        for (UnaryResource r : unaryResources) {
            r.tasks().forEach(t -> requireTask(ids, t, "resource " + r.group()));
        }
        for (CumulativeResource r : cumulativeResources) {
            r.tasks().forEach(t -> requireTask(ids, t, "resource " + r.group()));
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The horizon: as given, or max release + Σ durations + Σ positive lags (always enough for a feasible plan). */
    public long effectiveHorizon() {
        if (horizon.isPresent()) {
            return horizon.getAsLong();
        }
        long release = tasks.stream().mapToLong(Task::release).max().orElse(0);
        long work = tasks.stream().mapToLong(Task::duration).sum();
        long lags = precedences.stream().mapToLong(p -> Math.max(0, p.minLag())).sum()
                + relations.stream().mapToLong(r -> Math.max(0, r.minLag())).sum();
        return release + work + lags;
    }

    /**
     * Tasks no precedence starts from: the makespan is the latest end among them. Generalised relations do not count
     * (an SS or SF successor may end before its predecessor), so their tasks stay sinks.
     */
    public List<Task> sinks() {
        Set<String> hasSuccessor = new HashSet<>();
        precedences.stream().filter(p -> p.minLag() >= 0).forEach(p -> hasSuccessor.add(p.before()));
        return tasks.stream().filter(t -> !hasSuccessor.contains(t.id())).toList();
    }

    /** The objective value of a schedule, computed from the definitions alone. */
    public long evaluate(Schedule schedule) {
        Map<String, Task> byId = new HashMap<>();
        tasks.forEach(t -> byId.put(t.id(), t));
        return switch (objective) {
            case MAKESPAN -> tasks.stream().mapToLong(t -> schedule.start(t.id()) + t.duration()).max().orElse(0);
            case TOTAL_WEIGHTED_TARDINESS -> tasks.stream().filter(t -> t.due().isPresent())
                    .mapToLong(t -> t.weight() * Math.max(0, schedule.start(t.id()) + t.duration() - t.due().getAsLong())).sum();
        };
    }

    private static void requireTask(Set<String> ids, String id, String where) {
        if (!ids.contains(id)) {
            throw new IllegalArgumentException(where + " names unknown task " + id);
        }
    }

    public static final class Builder {
        private final String name;
        private final List<Task> tasks = new ArrayList<>();
        private final List<UnaryResource> unary = new ArrayList<>();
        private final List<CumulativeResource> cumulative = new ArrayList<>();
        private final List<Precedence> precedences = new ArrayList<>();
        private final List<TemporalRelation> relations = new ArrayList<>();
        private final Map<String, String> labels = new LinkedHashMap<>();
        private SchedulingObjective objective = SchedulingObjective.MAKESPAN;
        private OptionalLong horizon = OptionalLong.empty();

        private Builder(String name) {
            this.name = name;
        }

        public Builder task(Task task) {
            tasks.add(task);
            return this;
        }

        /** Labels a group (shown by the explainer and in reports). */
        public Builder label(String group, String label) {
            labels.put(group, label);
            return this;
        }

        public Builder unaryResource(String group, List<String> taskIds) {
            unary.add(new UnaryResource(group, taskIds));
            return this;
        }

        public Builder cumulativeResource(String group, long capacity, List<String> taskIds, List<Long> demands) {
            cumulative.add(new CumulativeResource(group, capacity, taskIds, demands));
            return this;
        }

        public Builder precedence(String group, String before, String after, long minLag) {
            precedences.add(new Precedence(before, after, minLag, group));
            return this;
        }

        /**
         * A generalised precedence (spec §3) in group {@code lag/<pred>-><succ>}: {@code type} with minimum lag
         * {@code minLag} (may be negative) and, when present, a maximum lag on the same reference points.
         */
        public Builder relation(String pred, String succ, RelationType type, long minLag, OptionalLong maxLag) {
            return relation(new TemporalRelation(pred, succ, type, minLag, maxLag, TemporalRelation.groupOf(pred, succ)));
        }

        public Builder relation(TemporalRelation relation) {
            relations.add(relation);
            return this;
        }

        public Builder objective(SchedulingObjective value) {
            this.objective = value;
            return this;
        }

        public Builder horizon(long value) {
            this.horizon = OptionalLong.of(value);
            return this;
        }

        public SchedulingProblem build() {
            return new SchedulingProblem(name, tasks, unary, cumulative, precedences, relations, labels, objective, horizon);
        }
    }
}
