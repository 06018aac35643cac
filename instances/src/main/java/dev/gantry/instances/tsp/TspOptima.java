package dev.gantry.instances.tsp;

import dev.gantry.instances.io.CsvTable;
import dev.gantry.instances.io.SourceFiles;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Proven optimal tour lengths from {@code tsp/optima.csv} (spec metaheuristics §3.1), columns
 * {@code instance,n,edge_weight_type,optimal_tour_length}. Lengths are TSPLIB's integer lengths under the rounded
 * Euclidean rule.
 */
public final class TspOptima {
    private static final List<String> COLUMNS = List.of("instance", "n", "edge_weight_type", "optimal_tour_length");

    /** One row: the instance, its city count, its edge-weight type as TSPLIB names it, and its optimal length. */
    public record Optimum(String instance, int cities, String edgeWeightType, long length) {
    }

    private final Map<String, Optimum> optima;

    private TspOptima(Map<String, Optimum> optima) {
        this.optima = Map.copyOf(optima);
    }

    public static TspOptima read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    public static TspOptima parse(String source, String text) {
        Map<String, Optimum> optima = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.parse(source, text, COLUMNS).rowsUniqueBy("instance")) {
            String instance = row.text("instance");
            long cities = row.nonNegativeLong("n");
            if (cities < 3 || cities > Integer.MAX_VALUE) {
                throw row.error("n", "expected a city count of at least 3, found " + cities);
            }
            optima.put(instance, new Optimum(instance, (int) cities, row.text("edge_weight_type"),
                    row.nonNegativeLong("optimal_tour_length")));
        }
        return new TspOptima(optima);
    }

    /** Every row, keyed by instance name. */
    public Map<String, Optimum> all() {
        return optima;
    }

    public Optional<Optimum> forInstance(String instance) {
        return Optional.ofNullable(optima.get(instance));
    }
}
