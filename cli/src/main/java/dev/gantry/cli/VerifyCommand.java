package dev.gantry.cli;

import dev.gantry.cli.family.Families;
import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.VerifyOutcome;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Check a plan from any source against an instance; print every violation with its reason.",
        "Exit code 0 when the plan is valid, 5 when it has violations, 2 when a file is unreadable."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "instance file or bundled sample name")
    String instance;

    @Parameters(index = "1", paramLabel = "PLAN", description = "plan file (gantry-schedule JSON)")
    Path plan;

    @Option(names = "--problem", paramLabel = "KIND", description = "problem kind (jobshop); detected when absent")
    String problem;

    @Option(names = "--json", description = "print one JSON object on stdout")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Family family = Families.resolve(problem, instance);
        VerifyOutcome o = family.verify(instance, plan);
        if (json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("problem", family.id());
            j.put("valid", o.valid());
            j.put("objective", o.objective());
            j.put("violations", o.violations());
            spec.commandLine().getOut().println(Json.line(j));
        } else {
            spec.commandLine().getOut().println(plan + ": " + (o.valid() ? "valid" : o.violations().size() + " violation(s)")
                    + (o.objective() == null ? "" : ", objective " + o.objective()));
            for (Finding f : o.violations()) {
                spec.commandLine().getOut().println("  " + f.check() + " " + f.items() + ": " + f.reason());
            }
        }
        return (o.valid() ? ExitCode.OK : ExitCode.VIOLATIONS).code();
    }
}
