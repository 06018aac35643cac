package dev.gantry.cli;

import dev.gantry.cli.family.Families;
import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.ReferenceData;
import dev.gantry.cli.family.UsageException;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that reads an instance shares: the instance, its problem kind, and {@code --json}. */
final class InstanceOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "instance file (FILE#ID picks one problem of a multi-instance file), bundled sample name (ft06, ft10, la01), or a travel query (query.json or an example folder)")
    String instance;

    @Option(names = "--problem", paramLabel = "KIND", description = "problem kind: jobshop, tsp, knapsack, binpack, smtt, dag, rcpsp, construction, quantum, travel; detected from the file when unambiguous")
    String problem;

    @Option(names = "--json", description = "print one JSON object on stdout instead of the summary")
    boolean json;

    @Option(names = "--reference", paramLabel = "REF.json", description = "travel: the query's reference information (its sandbox)")
    Path reference;

    @Option(names = "--database", paramLabel = "DIR", description = "travel: the TravelPlanner database folder as the sandbox")
    Path database;

    @Option(names = "--flights", paramLabel = "CSV", description = "travel: a flights CSV in TravelPlanner's layout, with --database")
    Path flights;

    /** The family, which must take the reference data if any was given. */
    Family family() {
        Family family = Families.resolve(problem, instance);
        if (!referenceData().isEmpty() && !family.takesReferenceData()) {
            throw new UsageException("--reference, --database and --flights go with --problem travel, not " + family.id());
        }
        if (flights != null && database == null) {
            throw new UsageException("--flights goes with --database DIR");
        }
        return family;
    }

    ReferenceData referenceData() {
        return new ReferenceData(Optional.ofNullable(reference), Optional.ofNullable(database), Optional.ofNullable(flights));
    }
}
