package dev.gantry.cli;

import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.cli.family.VerifyRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true, description = {
        "Check a plan from any source against an instance; print every violation with its reason.",
        "Exit code 0 when the plan is valid, 5 when it has violations, 2 when a file is unreadable."})
final class VerifyCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InstanceOptions input;

    @Parameters(index = "1", paramLabel = "PLAN", description = "plan file (gantry-schedule JSON; travel: a day list, a submission line, or a submission JSONL for a CSV of queries)")
    Path plan;

    @Option(names = "--mode", paramLabel = "MODE", description = "travel: strict (default, the intended semantics) or compat (the upstream evaluator's counting)")
    String mode;

    @Override
    public Integer call() throws IOException {
        Family family = input.family();
        VerifyOutcome o = family.verify(new VerifyRequest(input.instance, input.referenceData(), plan, Optional.ofNullable(mode)));
        if (input.json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("problem", family.id());
            j.put("valid", o.valid());
            j.put("objective", o.objective());
            j.put("violations", o.violations());
            j.putAll(o.extras());
            spec.commandLine().getOut().println(Json.line(j));
        } else {
            spec.commandLine().getOut().println(plan + ": " + (o.valid() ? "valid" : o.violations().size() + " violation(s)")
                    + (o.objective() == null ? "" : ", objective " + o.objective()));
            for (Finding f : o.violations()) {
                spec.commandLine().getOut().println("  " + f.check() + " " + f.items() + ": " + f.reason());
            }
            o.notes().forEach(spec.commandLine().getOut()::println);
        }
        return (o.valid() ? ExitCode.OK : ExitCode.VIOLATIONS).code();
    }
}
