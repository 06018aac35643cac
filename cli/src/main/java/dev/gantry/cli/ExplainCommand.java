package dev.gantry.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.cli.family.ExplainExtras;
import dev.gantry.cli.family.ExplainRequest;
import dev.gantry.cli.family.ExplainTarget;
import dev.gantry.cli.family.Explainable;
import dev.gantry.cli.family.Families;
import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.QueryOptions;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cp.explain.ExplainOptions;
import dev.gantry.cp.explain.Explanation;
import dev.gantry.modeling.api.Backends;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true, description = {
        "Explain an infeasible instance: a minimal set of requirements that cannot all hold (checked: infeasible, and",
        "dropping any one restores feasibility), the cheapest set to relax, and the smallest numeric repairs.",
        "Exit code 3 when the instance is infeasible (explained), 0 when it is feasible, 4 when the limits came first,",
        "2 for bad input or a family without explanations."})
final class ExplainCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    InstanceOptions input;

    @Mixin
    QueryOptionsMixin query;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "cpsat",
            description = "cpsat (assumptions, default) or choco (re-solves without the dropped requirements)")
    String engine;

    @Option(names = "--time-limit", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "60s",
            description = "limit of the whole explanation (default: ${DEFAULT-VALUE})")
    Duration timeLimit;

    @Option(names = "--check-time-limit", paramLabel = "DURATION", converter = DurationConverter.class, defaultValue = "5s",
            description = "limit of one feasibility check (default: ${DEFAULT-VALUE})")
    Duration checkTimeLimit;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2",
            description = "workers of the optimisations (cheapest correction, repairs); checks use one (default: ${DEFAULT-VALUE})")
    int workers;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--all", description = "also list every minimal conflict and every minimal correction (small instances)")
    boolean all;

    @Option(names = "--include-rules", description = "also let the conflict name the model's structural rules (construction: plain logic links"
            + " without a lag; travel: the commonsense rules)")
    boolean includeRules;

    @Override
    public Integer call() throws IOException {
        Family family = input.family();
        if (!(family instanceof Explainable explainable)) {
            throw new UsageException("gantry explain does not support " + family.id() + " yet; it supports "
                    + Families.all().stream().filter(f -> f instanceof Explainable).map(Family::id).collect(Collectors.joining(", ")));
        }
        if (!List.of("cpsat", "choco").contains(engine)) {
            throw new UsageException("engine '" + engine + "' cannot explain; choose cpsat or choco");
        }
        if (workers < 1) {
            throw new UsageException("--workers must be at least 1, got " + workers);
        }
        QueryOptions queryOptions = query.options(Optional.empty());
        if (!queryOptions.isEmpty() && !family.takesQueryOptions()) {
            throw new UsageException("--set and --ground-only go with --problem travel, not " + family.id());
        }
        ExplainTarget target = explainable.explainTarget(new ExplainRequest(input.instance, includeRules, input.referenceData(), queryOptions));
        if (target.settled().isPresent()) {
            print(family, target, null, ExplainExtras.none());
            return ExitCode.INFEASIBLE.code();
        }
        ExplainOptions options = new ExplainOptions(checkTimeLimit, timeLimit, target.candidates(), target.preference(), workers, seed, all, 16);
        ExplainTarget.Explained done = target.explain(Backends.get(engine), options);
        Explanation e = done.explanation();
        ExplainExtras extras = done.extras();
        print(family, target, e, extras);
        return switch (e.status()) {
            case FEASIBLE -> ExitCode.OK.code();
            case INFEASIBLE, BACKGROUND_INFEASIBLE -> ExitCode.INFEASIBLE.code();
            case UNKNOWN -> ExitCode.NO_SOLUTION.code();
        };
    }

    private void print(Family family, ExplainTarget target, Explanation e, ExplainExtras extras) throws IOException {
        if (input.json) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("problem", family.id());
            j.put("instance", target.name());
            if (e == null) {
                j.put("status", "INFEASIBLE");
                j.put("kind", "SETTLED");
                j.put("reason", target.settled().orElseThrow());
            } else {
                @SuppressWarnings("unchecked")
                Map<String, Object> explanation = new ObjectMapper().readValue(e.toJson(), LinkedHashMap.class);
                j.putAll(explanation);
                j.putAll(extras.json());
            }
            spec.commandLine().getOut().println(Json.line(j));
            return;
        }
        String text = e == null ? target.settled().orElseThrow() : e.toText();
        spec.commandLine().getOut().println(target.name() + ": " + String.join(" ",
                Stream.concat(Stream.of(text), extras.sentences().stream()).toList()));
        if (e != null) {
            System.err.println("note: " + e.checks() + " checks in " + e.wallMillis() + " ms on " + e.backend());
            e.notes().forEach(n -> System.err.println("note: " + n));
        }
    }
}
