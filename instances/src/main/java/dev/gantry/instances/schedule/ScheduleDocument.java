package dev.gantry.instances.schedule;

import dev.gantry.modeling.dag.DagSchedule;
import dev.gantry.modeling.construction.ConstructionSchedule;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.modeling.jobshop.ScheduledOperation;
import dev.gantry.modeling.rcpsp.RcpspModel;
import dev.gantry.modeling.rcpsp.RcpspSchedule;

import java.util.List;

/**
 * A plan in the {@code gantry-schedule} JSON format, version 1 (spec scheduling §7.1), as read: only
 * {@code format} and {@code entries} are guaranteed, every other field may be null.
 *
 * @param family   the problem kind: {@code jobshop}, {@code rcpsp}, {@code construction}, {@code dag}
 * @param source   the instance file the plan is for (not the plan file: see {@code origin})
 * @param makespan the makespan the plan states, or null
 * @param solver   how the plan was made, or null
 * @param origin   where this document itself came from (the plan file as the caller named it), used in error
 *                 messages and never written; for a document built in memory, a short description
 */
public record ScheduleDocument(String format, Integer version, String family, String instance, String source,
                               String timeUnit, Long makespan, List<ScheduleEntry> entries, SolverInfo solver,
                               String origin) {
    public static final String FORMAT = "gantry-schedule";
    public static final int VERSION = 1;

    public ScheduleDocument {
        entries = List.copyOf(entries);
    }

    /**
     * The document for a job-shop plan: one entry per operation with id, job, index, machine, start and end, and
     * the plan's makespan.
     *
     * @param source the instance file, or null
     * @param solver how the plan was made, or null
     */
    public static ScheduleDocument ofJobShop(JobShopSchedule schedule, String source, SolverInfo solver) {
        List<ScheduleEntry> entries = schedule.operations().stream().map(ScheduleDocument::entry).toList();
        String instance = schedule.instance().name();
        return new ScheduleDocument(FORMAT, VERSION, "jobshop", instance, source, "unit", schedule.makespan(),
                entries, solver, "plan for " + instance);
    }

    /**
     * The document for a DAG plan (family {@code dag}): one entry per task with id {@code n<i>}, resource (the
     * processor, from 0), start and end, and the plan's makespan.
     */
    public static ScheduleDocument ofDag(DagSchedule schedule, String source, SolverInfo solver) {
        List<ScheduleEntry> entries = schedule.tasks().stream()
                .map(t -> new ScheduleEntry(t.id(), null, null, null, t.processor(), t.start(), t.end(), 0)).toList();
        String instance = schedule.dag().name();
        return new ScheduleDocument(FORMAT, VERSION, "dag", instance, source, "unit", schedule.makespan(), entries,
                solver, "plan for " + instance);
    }

    /**
     * The document for an RCPSP plan: one entry per job (dummies included) with its PSPLIB number as {@code id}, start
     * and end, and the plan's makespan.
     */
    public static ScheduleDocument ofRcpsp(RcpspSchedule schedule, String source, SolverInfo solver) {
        List<ScheduleEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < schedule.instance().jobCount(); i++) {
            entries.add(new ScheduleEntry(RcpspModel.id(i), null, null, null, null, schedule.start(i), schedule.end(i), 0));
        }
        String instance = schedule.instance().name();
        return new ScheduleDocument(FORMAT, VERSION, "rcpsp", instance, source, "unit", schedule.makespan(), entries, solver,
                "plan for " + instance);
    }

    /**
     * The document for a construction plan (family {@code construction}, time unit {@code workday}): one entry per
     * activity with id, start and end working-day indices and the dates of its first and last working day; the
     * makespan is the project finish.
     */
    public static ScheduleDocument ofConstruction(ConstructionSchedule schedule, String source, SolverInfo solver) {
        List<ScheduleEntry> entries = schedule.project().activities().stream()
                .map(a -> new ScheduleEntry(a.id(), null, null, null, null, schedule.start(a.id()), schedule.end(a.id()),
                        schedule.startDate(a.id()).toString(), schedule.finishDate(a.id()).toString(), 0))
                .toList();
        String instance = schedule.project().id();
        return new ScheduleDocument(FORMAT, VERSION, "construction", instance, source, "workday", schedule.finish(), entries, solver,
                "plan for " + instance);
    }

    private static ScheduleEntry entry(ScheduledOperation op) {
        return new ScheduleEntry(op.id(), op.job(), op.index(), op.machine(), null, op.start(), op.end(), 0);
    }
}
