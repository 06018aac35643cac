package dev.gantry.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.cli.family.ExplainRequest;
import dev.gantry.cli.family.ExplainTarget;
import dev.gantry.cli.family.Explainable;
import dev.gantry.cli.family.Families;
import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cp.explain.ExplainOptions;
import dev.gantry.cp.explain.ExplainedGroup;
import dev.gantry.cp.explain.ExplanationStatus;
import dev.gantry.cp.explain.Explainer;
import dev.gantry.cp.explain.Explanation;
import dev.gantry.cp.explain.Repair;
import dev.gantry.cp.explain.RepairRequest;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.ConstraintScope;
import dev.gantry.modeling.api.LinExpr;
import dev.gantry.modeling.api.Model;
import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
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

    @Option(names = "--include-rules", description = "also let the conflict name the model's structural rules (construction: plain logic links without a lag)")
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
        ExplainTarget target = explainable.explainTarget(new ExplainRequest(input.instance, includeRules));
        if (target.settled().isPresent()) {
            print(family, target, null);
            return ExitCode.INFEASIBLE.code();
        }
        ExplainOptions options = new ExplainOptions(checkTimeLimit, timeLimit, target.candidates(), target.preference(), workers, seed, all, 16);
        Explainer explainer = Explainer.of(Backends.get(engine), options);
        Explanation e = explainer.explain(target.model().orElseThrow(), target.hint());
        if (e.status() == ExplanationStatus.INFEASIBLE) {
            Model model = target.model().orElseThrow();
            Set<String> blamed = paramsOf(model, e);
            for (RepairRequest r : target.repairs()) {
                if (blamed.contains(r.param())) { // a parameter outside the conflict cannot repair it alone
                    Repair fix = explainer.repair(model, r);
                    e = e.withRepairs(fix);
                }
            }
        }
        print(family, target, e);
        return switch (e.status()) {
            case FEASIBLE -> ExitCode.OK.code();
            case INFEASIBLE, BACKGROUND_INFEASIBLE -> ExitCode.INFEASIBLE.code();
            case UNKNOWN -> ExitCode.NO_SOLUTION.code();
        };
    }

    /** The parameters the conflict's groups read. */
    private static Set<String> paramsOf(Model model, Explanation e) {
        Set<String> names = new HashSet<>();
        for (ExplainedGroup g : e.groups()) {
            model.group(g.name()).ifPresent(group -> model.constraintsOf(group).forEach(pc -> {
                for (LinExpr x : ConstraintScope.expressions(pc.constraint())) {
                    for (int i = 0; i < x.paramCount(); i++) {
                        names.add(x.param(i).name());
                    }
                }
            }));
        }
        return names;
    }

    private void print(Family family, ExplainTarget target, Explanation e) throws IOException {
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
            }
            spec.commandLine().getOut().println(Json.line(j));
            return;
        }
        spec.commandLine().getOut().println(target.name() + ": " + (e == null ? target.settled().orElseThrow() : e.toText()));
        if (e != null) {
            System.err.println("note: " + e.checks() + " checks in " + e.wallMillis() + " ms on " + e.backend());
            e.notes().forEach(n -> System.err.println("note: " + n));
        }
    }
}
