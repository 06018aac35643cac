package dev.gantry.modeling.construction;

/** The CPM times of one activity in working-day indices, with total and free float. */
public record ActivityTimes(String id, long earlyStart, long earlyFinish, long lateStart, long lateFinish, long totalFloat,
                            long freeFloat) {
}
