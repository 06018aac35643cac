package dev.gantry.cli;

import picocli.CommandLine.Command;

@Command(name = "gantry", mixinStandardHelpOptions = true, version = "gantry 0.1.0",
        description = "Constraint programming and metaheuristics: solve, verify and benchmark scheduling problems.",
        subcommands = {SolveCommand.class, BatchCommand.class, VerifyCommand.class, EnginesCommand.class, GenerateCommand.class,
                BenchCommand.class, EvaluateCommand.class, TrainCommand.class, AnalyzeCommand.class, ExplainCommand.class},
        footer = {"", "Exit codes: 0 solved or verified, 1 internal error, 2 bad usage or input, 3 proven infeasible,",
                "4 no solution within the limits, 5 the plan has violations."})
final class GantryCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
