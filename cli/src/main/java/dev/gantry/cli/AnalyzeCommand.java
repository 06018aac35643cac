package dev.gantry.cli;

import dev.gantry.cli.construction.ConstructionFamily;
import dev.gantry.modeling.construction.DependencyAnalysis;
import dev.gantry.modeling.construction.DependencyReport;
import dev.gantry.modeling.construction.FinishBound;
import dev.gantry.modeling.construction.Project;
import dev.gantry.modeling.construction.ProjectValidation;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true, description = {
        "Dependency analysis of a construction project (a CSV directory or a .construction.json file):",
        "validation, circular logic, redundant relations, the positive-cycle test, CPM with floats and the critical path, and a resource-based lower bound on the finish.",
        "Exit code 0 when the project can be scheduled, 2 for validation errors or circular logic, 3 for a positive cycle."})
final class AnalyzeCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT", description = "a directory with activities.csv … or a .construction.json file")
    String instance;

    @Override
    public Integer call() throws IOException {
        Project project = ConstructionFamily.load(instance);
        DependencyReport report = DependencyAnalysis.analyse(project);
        spec.commandLine().getOut().print(report.text());
        if (report.schedulable()) {
            FinishBound bound = FinishBound.of(project);
            spec.commandLine().getOut().printf("finish lower bound (working days): %d from %s; precedence alone %d%n", bound.value(),
                    bound.argument(), bound.precedence());
        }
        spec.commandLine().getOut().flush();
        if (report.schedulable()) {
            return ExitCode.OK.code();
        }
        return ProjectValidation.hasErrors(report.issues()) || !report.cycles().isEmpty() ? ExitCode.BAD_INPUT.code() : ExitCode.INFEASIBLE.code();
    }
}
