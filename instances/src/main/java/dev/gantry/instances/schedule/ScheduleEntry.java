package dev.gantry.instances.schedule;

/**
 * One entry of a {@code gantry-schedule} plan (spec scheduling §7.1). Every field may be absent, because plans
 * come from anywhere and the verifier, not the reader, judges what is missing: {@code id} ({@code J<j>.O<k>} for a
 * job shop), {@code job}, {@code index} (position in the job), {@code machine}, {@code resource} (a DAG's
 * processor), {@code start} and {@code end}; a construction plan's entries may add {@code startDate} and
 * {@code finishDate} (ISO dates of the first and last working day).
 *
 * @param line the 1-based line of the entry's opening brace in the file it was read from, or 0 when the entry
 *             was built in memory; error messages point there
 */
public record ScheduleEntry(String id, Integer job, Integer index, Integer machine, Integer resource, Long start,
                            Long end, String startDate, String finishDate, int line) {

    /** An entry without dates, as every family but construction writes it. */
    public ScheduleEntry(String id, Integer job, Integer index, Integer machine, Integer resource, Long start, Long end, int line) {
        this(id, job, index, machine, resource, start, end, null, null, line);
    }
}
