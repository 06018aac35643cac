package dev.gantry.cli;

import dev.gantry.cli.batch.CrashHook;
import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.PluginClass;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.modeling.api.CancellationToken;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "solve", mixinStandardHelpOptions = true, description = {
        "Solve an instance, verify the plan independently, and write it.",
        "FILE is an instance file, or the name of a bundled sample (ft06, ft10, la01).",
        "Progress goes to stderr; Ctrl-C stops the search and still writes the best plan found."})
final class SolveCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InstanceOptions input;

    @Option(names = "--engine", paramLabel = "ENGINE", description = "the engine; the family's default when absent (see 'gantry engines')")
    String engine;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "wall-clock limit for the whole solve, e.g. 30s, 500ms, 2m (default: none)")
    Duration timeLimit;

    @Option(names = "--workers", paramLabel = "N", description = "solver workers (default: the number of processors)")
    Integer workers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "PLAN.json", description = "write the plan (gantry-schedule JSON)")
    Path out;

    @Option(names = "--gantt", paramLabel = "CHART.svg", description = "write a Gantt chart (SVG)")
    Path gantt;

    @Option(names = "--rule", paramLabel = "FILE", description = "a learned rule file for heuristic:learned (default: the shipped rule)")
    Path rule;

    @Mixin
    PluginOptions plugin;

    @Mixin
    QueryOptionsMixin query;

    @Option(names = "--objective", paramLabel = "OBJECTIVE", description = "travel: cheapest (default), none (any plan) or best-rated")
    String objective;

    @Override
    public Integer call() throws IOException {
        Family family = input.family();
        CrashHook.crashIfAsked(input.instance);
        Optional<PluginClass> pluginClass = plugin.pluginClass();
        String chosen = engine == null ? pluginClass.isPresent() ? PluginOptions.ENGINE : family.engines().get(0) : engine;
        if (pluginClass.isPresent() != chosen.equals(PluginOptions.ENGINE)) {
            throw new UsageException("--plugin-jar and --plugin-class go with --engine " + PluginOptions.ENGINE + " (and it needs them)");
        }
        if (!family.engines().contains(chosen)) {
            throw new UsageException("engine '" + chosen + "' does not solve " + family.id() + "; choose one of " + family.engines());
        }
        if (workers != null && workers < 1) {
            throw new UsageException("--workers must be at least 1, got " + workers);
        }
        dev.gantry.cli.family.QueryOptions queryOptions = query.options(Optional.ofNullable(objective));
        if (!queryOptions.isEmpty() && !family.takesQueryOptions()) {
            throw new UsageException("--objective, --set and --ground-only go with --problem travel, not " + family.id());
        }
        int w = workers == null ? Runtime.getRuntime().availableProcessors() : workers;
        CancellationToken token = new CancellationToken();
        SolveOutcome outcome;
        try (Interruption interruption = new Interruption(token)) {
            outcome = family.solve(new SolveRequest(input.instance, chosen, Optional.ofNullable(timeLimit), w, seed,
                    Optional.ofNullable(out), Optional.ofNullable(gantt), token, line -> System.err.println(line),
                    Optional.ofNullable(rule), pluginClass, input.referenceData(), queryOptions));
            report(family, chosen, outcome);
        }
        return ExitCode.of(outcome).code();
    }

    private void report(Family family, String chosen, SolveOutcome o) {
        if (input.json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("problem", family.id());
            j.put("engine", chosen);
            j.put("instance", o.instance());
            j.put("status", o.status().name());
            j.put("objective", o.objective());
            j.put("bound", o.bound());
            j.put("timeMillis", o.timeMillis());
            j.put("buildMillis", o.buildMillis());
            j.put("verified", o.verified());
            j.put("violations", o.violations());
            j.putAll(o.extras());
            j.put("diagnostics", o.diagnostics());
            spec.commandLine().getOut().println(Json.line(j));
            return;
        }
        StringBuilder sb = new StringBuilder(o.instance()).append(": ").append(o.status());
        if (o.objective() != null) {
            sb.append(", objective ").append(o.objective());
        }
        if (o.bound() != null) {
            sb.append(" (bound ").append(o.bound()).append(')');
        }
        sb.append(String.format(Locale.ROOT, " in %.2f s", o.timeMillis() / 1000.0));
        if (o.status().hasSolution()) {
            sb.append(o.verified() ? ", plan verified" : ", PLAN FAILED VERIFICATION");
        }
        if (out != null && o.status().hasSolution()) {
            sb.append(", wrote ").append(out);
        }
        if (gantt != null && o.status().hasSolution()) {
            sb.append(", ").append(gantt);
        }
        spec.commandLine().getOut().println(sb);
        for (Finding f : o.violations()) {
            spec.commandLine().getOut().println("  violation " + f.check() + " " + f.items() + ": " + f.reason());
        }
        o.diagnostics().forEach(d -> System.err.println("note: " + d));
    }

}
