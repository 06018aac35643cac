package dev.gantry.cli;

import dev.gantry.cli.construction.ConstructionFamily;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cp.construction.CrewRelaxation;
import dev.gantry.modeling.api.CancellationToken;
import dev.gantry.modeling.construction.DependencyAnalysis;
import dev.gantry.modeling.construction.DependencyReport;
import dev.gantry.modeling.construction.FinishBound;
import dev.gantry.modeling.construction.Project;
import dev.gantry.modeling.construction.ProjectValidation;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true, description = {
        "Dependency analysis of a construction project (a CSV directory or a .construction.json file):",
        "validation, circular logic, redundant relations, the positive-cycle test, CPM with floats and the critical path, and a resource-based lower bound on the finish;",
        "with --relaxation-bound, also a tighter bound proven by CP-SAT on relaxations that keep the zones and one or two crews.",
        "Exit code 0 when the project can be scheduled, 2 for validation errors or circular logic, 3 for a positive cycle",
        "or a relaxation without a plan."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "a directory with activities.csv … or a .construction.json file")
    String instance;

    @Option(names = "--relaxation-bound", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "spend up to DURATION proving a finish bound on crew relaxations (e.g. 120s)")
    Duration relaxationLimit;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2", description = "CP-SAT workers for --relaxation-bound (default: ${DEFAULT-VALUE})")
    int workers;

    @Override
    public Integer call() throws IOException {
        if (workers < 1) {
            throw new UsageException("--workers must be at least 1, got " + workers);
        }
        Project project = ConstructionFamily.load(instance);
        DependencyReport report = DependencyAnalysis.analyse(project);
        boolean relaxationInfeasible = false;
        spec.commandLine().getOut().print(report.text());
        if (report.schedulable()) {
            FinishBound bound = FinishBound.of(project);
            spec.commandLine().getOut().printf("finish lower bound (working days): %d from %s; precedence alone %d%n", bound.value(),
                    bound.argument(), bound.precedence());
            if (relaxationLimit != null) {
                // each relaxation gets a fifth of the time, so one hard relaxation cannot take all of it
                CancellationToken token = new CancellationToken();
                try (Interruption ignored = new Interruption(token)) { // Ctrl-C: report the best bound proven so far
                    CrewRelaxation.Bound relaxed = CrewRelaxation.of(project, bound.value(), relaxationLimit, relaxationLimit.dividedBy(5),
                            workers, Optional.of(token));
                    spec.commandLine().getOut().printf("relaxation bound (working days): %d from %s, in %.1f s%n", relaxed.value(),
                            relaxed.argument(), relaxed.wallTime().toMillis() / 1000.0);
                    spec.commandLine().getOut().flush();
                    relaxationInfeasible = relaxed.infeasible();
                }
            }
        }
        spec.commandLine().getOut().flush();
        if (report.schedulable()) {
            return relaxationInfeasible ? ExitCode.INFEASIBLE.code() : ExitCode.OK.code();
        }
        return ProjectValidation.hasErrors(report.issues()) || !report.cycles().isEmpty() ? ExitCode.BAD_INPUT.code() : ExitCode.INFEASIBLE.code();
    }
}
