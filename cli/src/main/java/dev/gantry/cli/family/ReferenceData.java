package dev.gantry.cli.family;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Files that complete an instance named on the command line: a travel query's sandbox, as a per-query reference file,
 * or the database folder with an optional flights file ({@code --reference}, {@code --database}, {@code --flights}).
 * Families that take none say so ({@link Family#takesReferenceData()}) and the commands reject the options for them.
 */
public record ReferenceData(Optional<Path> reference, Optional<Path> database, Optional<Path> flights) {
    public static ReferenceData none() {
        return new ReferenceData(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isEmpty() {
        return reference.isEmpty() && database.isEmpty() && flights.isEmpty();
    }
}
