package dev.gantry.modeling.travel;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A flight row (spec F1).
 *
 * @param price    dollars per person
 * @param arrival  earlier than {@code departure} when the flight lands the next day
 * @param elapsed  as written, e.g. {@code 2 hours 24 minutes}
 * @param distance miles
 */
public record Flight(String number, int price, LocalTime departure, LocalTime arrival, String elapsed, LocalDate date,
                     String origin, String destination, double distance) {
}
