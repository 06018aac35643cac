package dev.gantry.cli;

import dev.gantry.cli.family.UsageException;
import dev.gantry.heuristics.jobshop.EvolutionTrainer;
import dev.gantry.heuristics.jobshop.RandomShops;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "train", mixinStandardHelpOptions = true, description = {
        "Train a learned rule reproducibly from a seed and write its file.",
        "jobshop-dispatch: the linear dispatching rule of heuristic:learned, by a (1+λ) evolution strategy on random",
        "Taillard-like shops; the defaults reproduce the shipped rule's weights exactly (about a minute)."})
final class TrainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RULE", description = "jobshop-dispatch")
    String rule;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "where to write the rule file")
    Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "7", description = "training seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--generations", paramLabel = "G", defaultValue = "300", description = "ES generations (default: ${DEFAULT-VALUE})")
    int generations;

    @Option(names = "--shops-per-size", paramLabel = "K", defaultValue = "8",
            description = "random training shops per size, sizes 15x15 to 50x15 (default: ${DEFAULT-VALUE})")
    int shops;

    @Option(names = "--lambda", paramLabel = "L", defaultValue = "8", description = "offspring per generation (default: ${DEFAULT-VALUE})")
    int lambda;

    @Option(names = "--sigma", paramLabel = "SIGMA", defaultValue = "0.3", description = "initial mutation step (default: ${DEFAULT-VALUE})")
    double sigma;

    @Override
    public Integer call() throws IOException {
        if (!"jobshop-dispatch".equals(rule)) {
            throw new UsageException("no trainable rule '" + rule + "'; available: jobshop-dispatch");
        }
        if (generations < 1 || shops < 1 || lambda < 1 || !(sigma > 0)) {
            throw new UsageException("--generations, --shops-per-size and --lambda must be at least 1 and --sigma positive");
        }
        EvolutionTrainer.Result result = EvolutionTrainer.train(RandomShops.generate(seed, shops, EvolutionTrainer.DEFAULT_SIZES),
                new EvolutionTrainer.Settings(seed, generations, lambda, sigma));
        result.rule().save(out);
        spec.commandLine().getOut().printf(Locale.ROOT, "training fitness (mean makespan / trivial lower bound) %.4f; wrote %s%n",
                result.fitness(), out);
        return ExitCode.OK.code();
    }
}
