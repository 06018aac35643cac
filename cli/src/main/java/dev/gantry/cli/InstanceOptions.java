package dev.gantry.cli;

import dev.gantry.cli.family.Families;
import dev.gantry.cli.family.Family;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command that reads an instance shares: the instance, its problem kind, and {@code --json}. */
final class InstanceOptions {
    @Parameters(index = "0", paramLabel = "FILE", description = "instance file (FILE#ID picks one problem of a multi-instance file) or bundled sample name (ft06, ft10, la01)")
    String instance;

    @Option(names = "--problem", paramLabel = "KIND", description = "problem kind: jobshop, tsp, knapsack, binpack, smtt, dag, rcpsp, construction, quantum; detected from the file when unambiguous")
    String problem;

    @Option(names = "--json", description = "print one JSON object on stdout instead of the summary")
    boolean json;

    Family family() {
        return Families.resolve(problem, instance);
    }
}
