package dev.gantry.instances.travel;

import dev.gantry.modeling.travel.Flight;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a flights CSV in TravelPlanner's layout (spec F1): the header names the nine flight columns (extra columns and
 * a leading unnamed index are ignored); rows with an empty field are skipped and counted, as upstream drops them; a
 * bad date, time or number is an error naming file, line and column (F2).
 */
public final class FlightsReader {
    /** The flights in file order and how many rows were skipped for an empty field. */
    public record Flights(List<Flight> flights, int skippedRows) {
        public Flights {
            flights = List.copyOf(flights);
        }
    }

    private FlightsReader() {
    }

    public static Flights read(Path file) throws IOException {
        QuotedCsv csv = DatabaseReader.csv(file, Cells.FLIGHT);
        List<Flight> flights = new ArrayList<>();
        int skipped = 0;
        for (QuotedCsv.Row row : csv.rows()) {
            if (Cells.FLIGHT.stream().anyMatch(c -> row.cell(c).isBlank())) {
                skipped++;
                continue;
            }
            flights.add(DatabaseReader.cells(row).flight());
        }
        return new Flights(flights, skipped);
    }
}
