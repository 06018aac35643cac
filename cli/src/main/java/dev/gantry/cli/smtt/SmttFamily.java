package dev.gantry.cli.smtt;

import dev.gantry.cp.SearchLimits;
import dev.gantry.cli.dag.DagFamily;
import dev.gantry.cli.travel.TravelFamily;
import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.InstanceFiles;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.cli.sa.AnnealingRun;
import dev.gantry.cp.smtt.SmttDecompositionSolver;
import dev.gantry.heuristics.smtt.SequencingHeuristic;
import dev.gantry.heuristics.smtt.SmttHeuristics;
import dev.gantry.instances.quantum.QuantumReader;
import dev.gantry.instances.smtt.OrLibTardinessReader;
import dev.gantry.instances.smtt.SequenceJson;
import dev.gantry.instances.smtt.SmttCase;
import dev.gantry.instances.smtt.SmttJsonReader;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.metaheuristics.smtt.TardinessAnnealing;
import dev.gantry.metaheuristics.smtt.TardinessLocalSearch;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import dev.gantry.modeling.smtt.TardinessModel;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.smtt.SequenceVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Single-machine (weighted) tardiness on the command line. Instances: a JSON file holding one object with arrays
 * {@code p}, {@code d} (and optionally {@code w}); a JSON-lines set ({@code FILE.jsonl#IDX}, IDX 0-based); an
 * OR-Library file ({@code wt40.txt#I}, I 1-based). Engines: the constructive rules as {@code heuristic:NAME}
 * (EDD, MDD and the LLM-discovered EDDC, MDDC, …), the exact decomposition solver (unweighted), the local search
 * from MDDC, CP-SAT on the interval model (warm-started), and simulated annealing; the sequence verifier;
 * sequence JSON.
 */
public final class SmttFamily implements Family {
    @Override
    public String id() {
        return "smtt";
    }

    @Override
    public List<String> engines() {
        List<String> engines = new ArrayList<>();
        engines.add("heuristic:mddc");
        for (SmttHeuristics h : SmttHeuristics.values()) {
            if (!h.id().equals("mddc")) {
                engines.add("heuristic:" + h.id());
            }
        }
        engines.add("heuristic:plugin");
        engines.add("exact");
        engines.add("local");
        engines.add("cpsat");
        engines.add("sa");
        return engines;
    }

    @Override
    public boolean recognises(String instance) {
        String file = instance.replaceFirst("#[^#/]*$", "");
        // quantum instances and travel queries are .json too; a quantum file declares its format, a query has its name
        return file.endsWith(".json") && !file.endsWith(DagFamily.EXTENSION) && !TravelFamily.isQueryFile(file)
                && !QuantumReader.isInstanceFile(Path.of(file))
                || file.endsWith(".jsonl") || file.matches(".*wt\\d+\\.txt") && instance.contains("#");
    }

    /** The instance a file, a {@code FILE.jsonl#IDX} or a {@code wtN.txt#I} names, with its stored optimum if any. */
    static SmttCase load(String instance) throws IOException {
        InstanceFiles address = InstanceFiles.parse(instance);
        String name = address.file().getFileName().toString();
        if (name.endsWith(".json")) {
            return SmttJsonReader.readOne(address.file());
        }
        List<SmttCase> all = name.endsWith(".jsonl") ? SmttJsonReader.readLines(address.file()) : OrLibTardinessReader.read(address.file());
        return address.pick(all, c -> c.instance().name().replaceFirst(".*#", ""));
    }

    @Override
    public SolveOutcome solve(SolveRequest request) throws IOException {
        long t0 = System.nanoTime();
        if (request.gantt().isPresent()) {
            throw new UsageException("--gantt is not drawn for single-machine sequences yet");
        }
        SmttCase loaded = load(request.instance());
        SingleMachineTardiness instance = loaded.instance();
        Map<String, Object> extras = new LinkedHashMap<>();
        JobSequence sequence;
        Status proven = null;
        Long bound = null;
        if (request.engine().equals("exact")) {
            if (instance.isWeighted()) {
                throw new UsageException("the exact solver is Lawler's decomposition, which holds for unit weights only; "
                        + instance.name() + " is weighted: use --engine local or sa");
            }
            SearchLimits limits = request.timeLimit().map(SearchLimits::time)
                    .orElse(SearchLimits.NONE);
            SmttDecompositionSolver.Result r = SmttDecompositionSolver.solve(instance, limits);
            sequence = r.sequence();
            extras.put("nodes", r.nodes());
            if (r.proven()) {
                proven = Status.OPTIMAL;
                bound = r.value();
            }
        } else if (request.engine().equals("local")) {
            TardinessLocalSearch.Result r = SmttEngines.local(instance, request.timeLimit().orElse(Duration.ofSeconds(1)), 0, request.seed());
            sequence = r.sequence();
            extras.put("iterations", r.iterations());
        } else if (request.engine().equals("cpsat")) {
            // for comparison (spec §4.3): the interval model with a warm start from MDDC and insertion descent
            TardinessModel model = TardinessModel.compile(instance);
            JobSequence start = TardinessLocalSearch.insertionDescent(instance, SmttEngines.start(instance));
            SolveOptions.Builder options = SolveOptions.builder().workers(request.workers()).seed(request.seed())
                    .cancellation(request.cancellation()).hint(model.hint(start));
            request.timeLimit().ifPresent(options::timeLimit);
            SolveResult r = Backends.get("cpsat").solve(model.model(), options.build());
            if (!r.hasSolution()) {
                throw new IllegalStateException("CP-SAT returned no solution despite the hint: " + r.status());
            }
            sequence = model.decode(r.solution());
            extras.put("cpStatus", r.status().name());
            extras.put("workers", request.workers());
            if (r.status() == Status.OPTIMAL) {
                proven = Status.OPTIMAL;
            }
            if (r.bestBound().isPresent()) {
                bound = r.bestBound().getAsLong();
            }
        } else if (request.engine().equals("sa")) {
            AnnealingResult<JobSequence> r = AnnealingRun.run(new TardinessAnnealing(instance), request, OptionalDouble.of(0),
                    v -> "tardiness " + (long) v);
            sequence = r.best();
            extras.putAll(AnnealingRun.extras(r));
        } else if (request.engine().equals("heuristic:plugin")) {
            SequencingHeuristic plugin = request.plugin().orElseThrow().load(SequencingHeuristic.class);
            extras.put("heuristic", plugin.id());
            sequence = plugin.sequence(instance);
        } else {
            sequence = SmttHeuristics.byId(request.engine().substring("heuristic:".length())).sequence(instance);
        }
        VerificationReport report = SequenceVerifier.verify(instance, sequence);
        if (loaded.optimum().isPresent()) {
            long optimum = loaded.optimum().getAsLong();
            extras.put("optimum", optimum);
            if (optimum > 0 && report.objective() != null) {
                extras.put("gapPercent", AnnealingRun.gapPercent(report.objective().doubleValue(), optimum));
            }
        }
        if (request.out().isPresent()) {
            Files.writeString(request.out().get(), SequenceJson.write(instance, sequence));
        }
        // a zero-tardiness sequence is optimal whatever the engine
        Status status = proven != null || report.objective() != null && report.objective().longValue() == 0 ? Status.OPTIMAL : Status.FEASIBLE;
        return new SolveOutcome(instance.name(), status, report.objective(), bound, (System.nanoTime() - t0) / 1_000_000, 0,
                report.valid(), Finding.all(report), List.of(), extras);
    }

    @Override
    public VerifyOutcome verify(String instance, Path plan) throws IOException {
        return VerifyOutcome.of(SequenceVerifier.verify(load(instance).instance(), SequenceJson.read(plan)));
    }
}
