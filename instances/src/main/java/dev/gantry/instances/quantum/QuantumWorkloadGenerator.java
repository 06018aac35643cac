package dev.gantry.instances.quantum;

import dev.gantry.modeling.quantum.Demand;
import dev.gantry.modeling.quantum.Hardware;
import dev.gantry.modeling.quantum.NodeRole;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumNetwork;
import dev.gantry.modeling.quantum.QuantumNode;
import dev.gantry.modeling.quantum.build.ProtocolBuilder;
import dev.gantry.modeling.quantum.build.QubitBalancer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Synthetic workloads after [LS] {@code simulations/common.py} (§1.1): draw a random pair of end nodes, build its
 * protocol for the fixed F_min (makespan C), draw the rate from {@code {1/(δ·2^i) : i = 0…9}} strictly below
 * {@code 1/(C·δ)} and at most the remaining load, and repeat until the target load is reached; then spread the
 * protocols over each node's qubits as [LS] does ({@link QubitBalancer}). Seeded with
 * {@link Random}, so a seed gives the same workload in Gantry but not the [LS] one (Python's generator differs).
 */
public final class QuantumWorkloadGenerator {
    /** [LS] slot length. */
    public static final double SLOT_SECONDS = 0.01;
    /** Rates are {@code 1/(δ·2^i)}, {@code i < RATE_LEVELS}: periods are powers of two up to 512 slots. */
    static final int RATE_LEVELS = 10;
    /** Give up after this many draws in a row that add no demand (no protocol, or no rate fits). */
    static final int PATIENCE = 1000;
    /** Rates are sums of binary fractions; this absorbs the rounding of {@code 1/(δ·2^i)}. */
    private static final double RATE_GUARD = 1e-9;

    /** What to generate: topology name (for provenance), minimum fidelity, target load in ebit/s, seed. */
    public record Parameters(String topology, double fidelity, double load, long seed) {
        public Parameters {
            if (!(fidelity > 0.5 && fidelity <= 1)) {
                throw new IllegalArgumentException("fidelity must be in (0.5, 1], found " + fidelity);
            }
            if (!(load > 0)) {
                throw new IllegalArgumentException("load must be positive (ebit/s), found " + load);
            }
        }
    }

    private QuantumWorkloadGenerator() {
    }

    public static QuantumInstance generate(QuantumNetwork network, Parameters p) {
        return generate(network, new ProtocolBuilder(network), p);
    }

    /** With a builder the caller keeps, so its memo serves several workloads on one network. */
    public static QuantumInstance generate(QuantumNetwork network, ProtocolBuilder builder, Parameters p) {
        List<String> ends = network.nodes().stream().filter(n -> n.role() == NodeRole.END).map(QuantumNode::id).toList();
        if (ends.size() < 2) {
            throw new IllegalArgumentException("topology " + p.topology() + " has fewer than two end nodes");
        }
        Random random = new Random(p.seed());
        Map<String, Optional<Protocol>> byPair = new HashMap<>();
        List<Demand> demands = new ArrayList<>();
        List<Protocol> protocols = new ArrayList<>();
        double remaining = p.load();
        int idle = 0;
        double smallest = 1 / (SLOT_SECONDS * (1 << (RATE_LEVELS - 1)));
        while (remaining >= smallest - RATE_GUARD && idle < PATIENCE) {
            int a = random.nextInt(ends.size());
            int b = random.nextInt(ends.size() - 1);
            String src = ends.get(a);
            String dst = ends.get(b >= a ? b + 1 : b);
            Optional<Protocol> protocol = byPair.computeIfAbsent(src + "->" + dst, k -> builder.build("", src, dst, p.fidelity()));
            if (protocol.isEmpty()) {
                idle++;
                continue;
            }
            double achieved = 1 / (protocol.get().makespan() * SLOT_SECONDS);
            List<Double> rates = new ArrayList<>();
            for (int i = 0; i < RATE_LEVELS; i++) {
                double r = 1 / (SLOT_SECONDS * (1 << i));
                if (r < achieved && r <= remaining + RATE_GUARD) {
                    rates.add(r);
                }
            }
            if (rates.isEmpty()) {
                idle++;
                continue;
            }
            idle = 0;
            double rate = rates.get(random.nextInt(rates.size()));
            String id = String.format(Locale.ROOT, "d%02d", demands.size());
            // The [LS] task name: its schedulers break deadline ties on it.
            String legacy = String.format(Locale.ROOT, "S=%s, D=%s, F=%s, R=%s, ID=%d", src, dst, p.fidelity(), rate, random.nextInt(101));
            int period = Demand.periodFor(rate, SLOT_SECONDS);
            demands.add(new Demand(id, legacy, src, dst, p.fidelity(), rate, period, period));
            Protocol built = protocol.get();
            protocols.add(new Protocol(id, built.path(), built.makespan(), built.ops(), built.holds()));
            remaining -= rate;
        }
        if (demands.isEmpty()) {
            throw new IllegalArgumentException("no end-node pair of " + p.topology() + " reaches fidelity " + p.fidelity()
                    + " with a rate of at most " + p.load() + " ebit/s");
        }
        String name = String.format(Locale.ROOT, "%s_F%s_L%s_s%d", p.topology(), p.fidelity(), p.load(), p.seed());
        return new QuantumInstance(name, SLOT_SECONDS, Hardware.LINK_SCHEDULING, network, demands,
                QubitBalancer.balance(network, demands, protocols));
    }

    /** The provenance block of a generated instance (§4.1 field names). */
    public static Map<String, Object> provenance(Parameters p) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("generator", "gantry generate quantum (after LinkScheduling simulations/common.py)");
        out.put("topology", p.topology());
        out.put("fidelity", p.fidelity());
        out.put("target_load_ebit_s", p.load());
        out.put("seed", p.seed());
        return out;
    }
}
