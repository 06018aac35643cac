package dev.gantry.cli.family;

import dev.gantry.cli.binpack.BinPackFamily;
import dev.gantry.cli.dag.DagFamily;
import dev.gantry.cli.construction.ConstructionFamily;
import dev.gantry.cli.jobshop.JobShopFamily;
import dev.gantry.cli.knapsack.KnapsackFamily;
import dev.gantry.cli.quantum.QuantumFamily;
import dev.gantry.cli.rcpsp.RcpspFamily;
import dev.gantry.cli.smtt.SmttFamily;
import dev.gantry.cli.travel.TravelFamily;
import dev.gantry.cli.tsp.TspFamily;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The problem families the CLI knows. */
public final class Families {
    private static final List<Family> ALL = List.of(new JobShopFamily(), new TspFamily(), new KnapsackFamily(), new BinPackFamily(),
            new SmttFamily(), new DagFamily(), new RcpspFamily(), new ConstructionFamily(),
            new QuantumFamily(), new TravelFamily());

    private Families() {
    }

    public static List<Family> all() {
        return ALL;
    }

    public static Optional<Family> byId(String id) {
        return ALL.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The family named by {@code --problem}, or the only one that recognises the file. */
    public static Family resolve(String problem, String instance) {
        if (problem != null) {
            return byId(problem).orElseThrow(() -> new UsageException("unknown problem kind '" + problem + "'; known: "
                    + ALL.stream().map(Family::id).collect(Collectors.joining(", "))));
        }
        List<Family> matches = ALL.stream().filter(f -> f.recognises(instance)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new UsageException("cannot tell the problem kind of " + instance + "; pass --problem "
                + ALL.stream().map(Family::id).collect(Collectors.joining("|")));
    }
}
