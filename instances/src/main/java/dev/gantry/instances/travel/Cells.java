package dev.gantry.instances.travel;

import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.Accommodation;
import dev.gantry.modeling.travel.Attraction;
import dev.gantry.modeling.travel.Flight;
import dev.gantry.modeling.travel.Restaurant;
import dev.gantry.modeling.travel.RoomKind;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One record's cells as text, however the source stored them (a CSV row, a JSON object, a fixed-width table row),
 * and the typed sandbox values built from them. Every source reads its records through here, so the reference, the
 * CSV row form and the database give equal values for equal data.
 *
 * @param cell   the text of a column, empty when the cell is empty, null when the column is absent
 */
record Cells(String source, int line, String path, Function<String, String> cell) {
    static final List<String> ATTRACTION = List.of("Name", "Latitude", "Longitude", "Address", "Phone", "Website", "City");
    static final List<String> RESTAURANT = List.of("Name", "Average Cost", "Cuisines", "Aggregate Rating", "City");
    static final List<String> ACCOMMODATION = List.of("NAME", "price", "room type", "house_rules", "minimum nights",
            "maximum occupancy", "review rate number", "city");
    static final List<String> FLIGHT = List.of("Flight Number", "Price", "DepTime", "ArrTime", "ActualElapsedTime", "FlightDate",
            "OriginCityName", "DestCityName", "Distance");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("H:mm");

    InputFormatException error(String column, String problem) {
        return new InputFormatException(source, line, path.isEmpty() ? column : path + "." + column, problem);
    }

    /** The cell's text, stripped; empty when empty. */
    String optional(String column) {
        String value = cell.apply(column);
        if (value == null) {
            throw error(column, "missing column");
        }
        return value.strip();
    }

    String text(String column) {
        String value = optional(column);
        if (value.isEmpty()) {
            throw error(column, "empty cell");
        }
        return value;
    }

    double number(String column) {
        String value = text(column);
        try {
            double d = Double.parseDouble(value.replace(",", ""));
            if (Double.isFinite(d)) {
                return d;
            }
        } catch (NumberFormatException e) {
            // falls through to the common message
        }
        throw error(column, "expected a number, found '" + value + "'");
    }

    /** A whole number, written {@code 243} or {@code 243.0}. */
    int whole(String column) {
        double d = number(column);
        if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
            throw error(column, "expected a whole number, found '" + optional(column) + "'");
        }
        return (int) d;
    }

    Integer optionalWhole(String column) {
        return optional(column).isEmpty() ? null : whole(column);
    }

    Attraction attraction() {
        return new Attraction(text("Name"), number("Latitude"), number("Longitude"), optional("Address"), optional("Phone"),
                optional("Website"), text("City"));
    }

    Restaurant restaurant() {
        String cuisines = optional("Cuisines");
        List<String> items = cuisines.isEmpty() ? List.of() : Arrays.stream(cuisines.split(",")).map(String::strip).toList();
        return new Restaurant(text("Name"), whole("Average Cost"), items, number("Aggregate Rating"), text("City"));
    }

    /** A stay; empty fields (the database has 762 such records) become nulls, except room type, occupancy and city. */
    Accommodation accommodation() {
        String kindText = text("room type");
        RoomKind kind = RoomKind.fromLabel(kindText).orElseThrow(() -> error("room type", "expected Entire home/apt, "
                + "Private room or Shared room, found '" + kindText + "'"));
        String rules = optional("house_rules");
        String review = optional("review rate number");
        return new Accommodation(optional("NAME"), optionalWhole("price"), kind, rules.isEmpty() ? null : rules,
                optionalWhole("minimum nights"), whole("maximum occupancy"), review.isEmpty() ? null : number("review rate number"),
                text("city"));
    }

    Flight flight() {
        return new Flight(text("Flight Number"), whole("Price"), clock("DepTime"), clock("ArrTime"), text("ActualElapsedTime"),
                date("FlightDate"), text("OriginCityName"), text("DestCityName"), number("Distance"));
    }

    LocalTime clock(String column) {
        String value = text(column);
        try {
            return LocalTime.parse(value, CLOCK);
        } catch (DateTimeParseException e) {
            throw error(column, "expected a time HH:MM, found '" + value + "'");
        }
    }

    LocalDate date(String column) {
        String value = text(column);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error(column, "expected a date YYYY-MM-DD, found '" + value + "'");
        }
    }
}
