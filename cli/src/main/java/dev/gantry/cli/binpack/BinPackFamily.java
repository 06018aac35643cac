package dev.gantry.cli.binpack;

import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.Finding;
import dev.gantry.cli.family.InstanceFiles;
import dev.gantry.cli.family.SolveOutcome;
import dev.gantry.cli.family.SolveRequest;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.family.VerifyOutcome;
import dev.gantry.cli.sa.AnnealingRun;
import dev.gantry.instances.binpack.BinPackInstance;
import dev.gantry.instances.binpack.BinPackReader;
import dev.gantry.instances.binpack.PackingJson;
import dev.gantry.metaheuristics.binpack.BinCountDescent;
import dev.gantry.metaheuristics.binpack.BinPackingAnnealing;
import dev.gantry.metaheuristics.binpack.BinPackingMoves;
import dev.gantry.metaheuristics.sa.AnnealingResult;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.binpack.BinPacking;
import dev.gantry.modeling.binpack.Packing;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.binpack.PackingVerifier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * One-dimensional bin packing on the command line (OR-Library files, {@code FILE#ID} for one problem):
 * simulated annealing from first-fit decreasing, stopped at the L1 bound, then the bin-count descent; or FFD
 * alone; the packing verifier.
 */
public final class BinPackFamily implements Family {
    @Override
    public String id() {
        return "binpack";
    }

    @Override
    public List<String> engines() {
        return List.of("sa", "heuristic:ffd");
    }

    @Override
    public boolean recognises(String instance) {
        // OR-Library files share .txt with job shops (and wtN.txt with tardiness): FILE#ID or --problem binpack
        String file = instance.replaceFirst("#[^#/]*$", "");
        return instance.contains("#") && file.endsWith(".txt") && !file.matches(".*wt\\d+\\.txt");
    }

    /** The problem of a multi-instance file that {@code FILE#ID} names, or the file's only problem. */
    static BinPackInstance load(String instance) throws IOException {
        InstanceFiles address = InstanceFiles.parse(instance);
        return address.pick(BinPackReader.read(address.file()), BinPackInstance::name);
    }

    @Override
    public SolveOutcome solve(SolveRequest request) throws IOException {
        long t0 = System.nanoTime();
        if (request.gantt().isPresent()) {
            throw new UsageException("--gantt draws schedules; a packing has none");
        }
        BinPackInstance loaded = load(request.instance());
        BinPacking instance = loaded.binPacking();
        int l1 = instance.lowerBoundL1();
        Packing packing;
        Map<String, Object> extras = new LinkedHashMap<>();
        if (request.engine().equals("sa")) {
            // half the time for SA from FFD, which usually reaches L1 at once; the rest for the bin-count descent
            Duration limit = AnnealingRun.limit(request);
            BinPackingAnnealing problem = new BinPackingAnnealing(instance, BinPackingMoves.RELOCATE_AND_SWAP);
            AnnealingResult<Packing> r = AnnealingRun.run(problem, request, limit.dividedBy(2), OptionalDouble.of(problem.targetObjective()),
                    v -> (int) Math.ceil(v) + " bins");
            packing = r.best();
            extras.putAll(AnnealingRun.extras(r));
            if (packing.binCount() > l1) {
                Duration left = limit.minusNanos(System.nanoTime() - t0);
                packing = BinCountDescent.descend(instance, packing, left.isNegative() ? Duration.ZERO : left, request.seed(),
                        request.cancellation());
                request.progress().accept("bin-count descent: " + packing.binCount() + " bins");
            }
        } else {
            packing = BinPackingAnnealing.firstFitDecreasing(instance);
        }
        VerificationReport report = PackingVerifier.verify(instance, packing);
        extras.put("bestKnown", loaded.bestKnown());
        if (loaded.bestKnown() > 0) {
            extras.put("gapPercent", AnnealingRun.gapPercent(packing.binCount(), loaded.bestKnown()));
        }
        extras.put("lowerBoundL1", l1);
        if (request.out().isPresent()) {
            Files.writeString(request.out().get(), PackingJson.write(instance, packing));
        }
        // reaching L1 proves optimality
        Status status = packing.binCount() == l1 ? Status.OPTIMAL : Status.FEASIBLE;
        return new SolveOutcome(instance.name(), status, report.objective(), (long) l1, (System.nanoTime() - t0) / 1_000_000, 0,
                report.valid(), Finding.all(report), List.of(), extras);
    }

    @Override
    public VerifyOutcome verify(String instance, Path plan) throws IOException {
        return VerifyOutcome.of(PackingVerifier.verify(load(instance).binPacking(), PackingJson.read(plan)));
    }
}
