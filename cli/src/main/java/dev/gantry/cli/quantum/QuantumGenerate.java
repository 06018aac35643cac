package dev.gantry.cli.quantum;

import dev.gantry.cli.family.UsageException;
import dev.gantry.instances.SharedData;
import dev.gantry.instances.quantum.QuantumTopologies;
import dev.gantry.instances.quantum.QuantumWorkloadGenerator;
import dev.gantry.instances.quantum.QuantumWriter;
import dev.gantry.modeling.quantum.QuantumInstance;
import dev.gantry.modeling.quantum.QuantumNetwork;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

/** {@code gantry generate quantum}: a synthetic workload (§1.1) on an [LS] topology, written as a v1 instance. */
public final class QuantumGenerate {
    private QuantumGenerate() {
    }

    /** Generates and writes to {@code out}, or prints to {@code stdout} when {@code out} is null. */
    public static void run(String topology, Double fidelity, Double load, Long seed, Path topologiesFile, Path out,
            PrintWriter stdout) throws IOException {
        if (topology == null || fidelity == null || load == null || seed == null) {
            throw new UsageException("quantum needs --topology (star, H, line, symm or surfnet), --fidelity F, --load L and --seed S");
        }
        Path file = topologiesFile != null ? topologiesFile : SharedData.find(QuantumTopologies.FILE).orElseThrow(() ->
                new UsageException("topologies_derived.json not found: pass --topologies FILE or " + SharedData.howToProvide()));
        Map<String, QuantumNetwork> networks = QuantumTopologies.read(file);
        QuantumNetwork network = networks.get(topology);
        if (network == null) {
            throw new UsageException("unknown topology '" + topology + "'; available: " + String.join(", ", networks.keySet()));
        }
        QuantumWorkloadGenerator.Parameters params;
        QuantumInstance instance;
        try {
            params = new QuantumWorkloadGenerator.Parameters(topology, fidelity, load, seed);
            instance = QuantumWorkloadGenerator.generate(network, params);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Map<String, Object> provenance = QuantumWorkloadGenerator.provenance(params);
        if (out == null) {
            stdout.print(QuantumWriter.write(instance, provenance));
            stdout.flush();
        } else {
            QuantumWriter.write(instance, provenance, out);
            double offered = instance.demands().stream().mapToDouble(d -> d.rateHz()).sum();
            System.err.printf(java.util.Locale.ROOT, "wrote %s (%d demands, %.3f ebit/s) to %s%n", instance.name(),
                    instance.demands().size(), offered, out);
        }
    }
}
