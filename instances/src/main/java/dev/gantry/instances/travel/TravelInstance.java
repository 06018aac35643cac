package dev.gantry.instances.travel;

import dev.gantry.instances.SharedData;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.travel.CityList;
import dev.gantry.modeling.travel.Sandbox;
import dev.gantry.modeling.travel.TravelQuery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A travel "instance": a query and the sandbox it is planned in, loaded and checked against each other (unknown
 * city, a reference without the blocks the query needs). The sandbox is a reference file, or the database folder
 * with an optional flights file; a reference wins when both are given (spec V6).
 *
 * @param diagnostics one line per normalised spelling of the query, and per fallback taken (no city list)
 */
public record TravelInstance(TravelQuery query, Sandbox sandbox, List<String> diagnostics) {
    /** The city list inside the shared data, attached to reference sandboxes when no database is given. */
    public static final String SHARED_CITY_LIST = "travel/database/" + DatabaseReader.CITIES;

    public TravelInstance {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Where the sandbox comes from. */
    public record SandboxSource(Optional<Path> reference, Optional<Path> database, Optional<Path> flights) {
        public static SandboxSource none() {
            return new SandboxSource(Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    /**
     * Loads {@code queryOrFolder}: a {@code query.json}, or an example folder holding {@code query.json} (and
     * {@code reference.json}, used when {@code source} names no sandbox).
     */
    public static TravelInstance load(Path queryOrFolder, SandboxSource source) throws IOException {
        Path queryFile = queryOrFolder;
        Optional<Path> reference = source.reference();
        if (Files.isDirectory(queryOrFolder)) {
            queryFile = queryOrFolder.resolve("query.json");
            Path beside = queryOrFolder.resolve("reference.json");
            if (reference.isEmpty() && source.database().isEmpty() && Files.isRegularFile(beside)) {
                reference = Optional.of(beside);
            }
        }
        if (!Files.isRegularFile(queryFile)) {
            throw new NoSuchFileException(queryFile.toString(), null, "no such file");
        }
        List<String> diagnostics = new ArrayList<>();
        TravelQuery query = TravelQueryReader.read(queryFile, diagnostics);
        Sandbox sandbox;
        String sandboxName;
        if (reference.isPresent()) {
            sandbox = withCityList(ReferenceReader.read(reference.get()), source.database(), diagnostics);
            sandboxName = reference.get().toString();
        } else if (source.database().isPresent()) {
            sandbox = DatabaseReader.read(source.database().get(), source.flights());
            sandboxName = source.database().get().toString();
        } else {
            throw new InputFormatException(queryFile.toString(), 0, "sandbox",
                    "no sandbox: give an example folder with reference.json, --reference REF.json or --database DIR");
        }
        check(query, queryFile.toString(), sandbox, sandboxName);
        return new TravelInstance(query, sandbox, diagnostics);
    }

    /**
     * A reference sandbox with the city list of {@code database}, or else of the shared data; unchanged, with a
     * diagnostic, when neither has one.
     */
    public static Sandbox withCityList(Sandbox reference, Optional<Path> database, List<String> diagnostics) throws IOException {
        Optional<Path> cities = database.map(d -> d.resolve(DatabaseReader.CITIES)).filter(Files::isRegularFile)
                .or(() -> SharedData.find(SHARED_CITY_LIST));
        if (cities.isEmpty()) {
            diagnostics.add("no city list (citySet_with_states.txt) found: cities and states are not checked against it");
            return reference;
        }
        return reference.withCityList(DatabaseReader.cityList(cities.get()));
    }

    /**
     * Checks that the sandbox can serve the query: {@code org} and {@code dest} known to the city list (when there is
     * one), and for a reference the city blocks the query needs.
     */
    public static void check(TravelQuery query, String querySource, Sandbox sandbox, String sandboxSource) {
        if (sandbox.cityList().isPresent()) {
            CityList list = sandbox.cityList().get();
            if (!list.contains(query.org())) {
                throw new InputFormatException(querySource, 0, "org", "unknown city '" + query.org() + "' (not in the city list)");
            }
            if (query.destIsCity() && !list.contains(query.dest())) {
                throw new InputFormatException(querySource, 0, "dest", "unknown city '" + query.dest() + "' (not in the city list)");
            }
            if (!query.destIsCity() && !list.isState(query.dest())) {
                throw new InputFormatException(querySource, 0, "dest", "unknown state '" + query.dest() + "' (no city of the list lies in it)");
            }
        }
        if (sandbox.kind() == Sandbox.Kind.REFERENCE) {
            if (query.destIsCity() && sandbox.block(query.dest()).isEmpty()) {
                throw new InputFormatException(sandboxSource, 0, "Accommodations in " + query.dest(),
                        "missing: the query visits " + query.dest() + " but the reference has no block for it");
            }
            int candidates = sandbox.candidateCities(query).size();
            if (candidates < query.visitingCityNumber()) {
                throw new InputFormatException(sandboxSource, 0, "Accommodations in …", "the query visits "
                        + query.visitingCityNumber() + " cities but the reference has blocks for " + candidates);
            }
        }
    }
}
