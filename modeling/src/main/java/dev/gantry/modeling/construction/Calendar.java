package dev.gantry.modeling.construction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Working days (spec scheduling §4.1): the working weekdays, minus holidays, plus extra working days. Working days are
 * numbered 0, 1, … from the first working day on or after the project start; these indices are the time unit of
 * every construction model and plan.
 */
public record Calendar(Set<DayOfWeek> workingWeekdays, SortedSet<LocalDate> holidays, SortedSet<LocalDate> extraWorkingDays) {
    public static final Set<DayOfWeek> MONDAY_TO_FRIDAY = Collections.unmodifiableSet(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    public Calendar {
        workingWeekdays = workingWeekdays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(workingWeekdays));
        holidays = Collections.unmodifiableSortedSet(new TreeSet<>(holidays));
        extraWorkingDays = Collections.unmodifiableSortedSet(new TreeSet<>(extraWorkingDays));
        for (LocalDate d : holidays) {
            if (extraWorkingDays.contains(d)) {
                throw new IllegalArgumentException(d + " is both a holiday and an extra working day");
            }
        }
    }

    /** Monday to Friday with the given holidays. */
    public static Calendar weekdays(SortedSet<LocalDate> holidays) {
        return new Calendar(MONDAY_TO_FRIDAY, holidays, new TreeSet<>());
    }

    public boolean isWorking(LocalDate date) {
        if (extraWorkingDays.contains(date)) {
            return true;
        }
        return workingWeekdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    /** The date of working day {@code index} (0 is the first working day on or after {@code projectStart}). */
    public LocalDate date(LocalDate projectStart, long index) {
        LocalDate d = firstWorkingOnOrAfter(projectStart);
        for (long i = 0; i < index; i++) {
            d = firstWorkingOnOrAfter(d.plusDays(1));
        }
        return d;
    }

    /** The dates of working days 0 … count−1, in one pass. */
    public List<LocalDate> dates(LocalDate projectStart, int count) {
        List<LocalDate> dates = new ArrayList<>(count);
        LocalDate d = projectStart;
        while (dates.size() < count) {
            d = firstWorkingOnOrAfter(d);
            dates.add(d);
            d = d.plusDays(1);
        }
        return dates;
    }

    /** The index of the last working day on or before {@code date}; −1 when none is (the date precedes day 0). */
    public long indexOnOrBefore(LocalDate projectStart, LocalDate date) {
        return countWorking(projectStart, date.plusDays(1)) - 1;
    }

    /** The index of the first working day on or after {@code date} (0 for dates before the project start). */
    public long indexOnOrAfter(LocalDate projectStart, LocalDate date) {
        return countWorking(projectStart, date);
    }

    /** Working days in {@code [from, to)}. */
    private long countWorking(LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
            if (isWorking(d)) {
                n++;
            }
        }
        return n;
    }

    /** The first working day on or after {@code date}. */
    public LocalDate firstWorkingOnOrAfter(LocalDate date) {
        LocalDate d = date;
        // with no working weekday, only the extra days remain; past the last of them nothing works
        LocalDate lastExtra = extraWorkingDays.isEmpty() ? date : extraWorkingDays.last();
        while (!isWorking(d)) {
            if (workingWeekdays.isEmpty() && d.isAfter(lastExtra)) {
                throw new IllegalArgumentException("the calendar has no working day on or after " + date);
            }
            d = d.plusDays(1);
        }
        return d;
    }

    /**
     * Calendar days from {@code projectStart} to the morning of each working day 0 … count−1: the monotone map
     * {@code cal(w)} that calendar-day lags are measured on.
     */
    public long[] calendarOffsets(LocalDate projectStart, int count) {
        List<LocalDate> dates = dates(projectStart, count);
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            offsets[i] = ChronoUnit.DAYS.between(projectStart, dates.get(i));
        }
        return offsets;
    }
}
