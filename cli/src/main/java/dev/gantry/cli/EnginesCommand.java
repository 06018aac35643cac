package dev.gantry.cli;

import dev.gantry.cli.family.Families;
import dev.gantry.cli.family.Family;
import dev.gantry.modeling.api.Backends;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

@Command(name = "engines", mixinStandardHelpOptions = true, description = "List the engines each problem kind supports.")
final class EnginesCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        for (Family f : Families.all()) {
            spec.commandLine().getOut().println(f.id() + ": " + String.join(", ", f.engines()));
        }
        spec.commandLine().getOut().println("backends installed: " + String.join(", ", Backends.ids()));
    }
}
