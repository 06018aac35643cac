package dev.gantry.modeling.quantum;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Werner-state fidelity arithmetic (§1.2): deterministic swaps and BBPSSW distillation conditioned on success, and the
 * no-decay fidelity of a protocol DAG, which is the [LS] acceptance criterion.
 */
public final class Werner {
    private Werner() {
    }

    /** Werner parameter {@code w = (4F − 1)/3}. */
    public static double parameter(double fidelity) {
        return (4 * fidelity - 1) / 3;
    }

    public static double fidelity(double werner) {
        return (3 * werner + 1) / 4;
    }

    /** Entanglement swap: {@code F1·F2 + (1−F1)(1−F2)/3}, i.e. {@code w' = w1·w2}. */
    public static double swap(double f1, double f2) {
        return f1 * f2 + (1 - f1) * (1 - f2) / 3;
    }

    /** BBPSSW distillation on success: {@code (F1F2 + bc) / (F1F2 + F1c + F2b + 5bc)}, b = (1−F1)/3, c = (1−F2)/3. */
    public static double distill(double f1, double f2) {
        double b = (1 - f1) / 3;
        double c = (1 - f2) / 3;
        return (f1 * f2 + b * c) / (f1 * f2 + f1 * c + f2 * b + 5 * b * c);
    }

    /**
     * The fidelity of every operation's output pair, without decay: a LINK_GEN delivers its capability's fidelity, a
     * SWAP or DISTILL combines its two predecessors.
     */
    public static Map<String, Double> evaluate(Protocol protocol, QuantumNetwork network) {
        Map<String, Double> out = new HashMap<>();
        for (ProtocolOp o : protocol.topologicalOrder()) {
            double f;
            if (o.type() == OpType.LINK_GEN) {
                QuantumLink link = network.link(o.link()).orElseThrow(
                        () -> new IllegalArgumentException("operation " + o.id() + ": unknown link " + o.link()));
                f = link.capabilities().get(o.capabilityIndex()).fidelity();
            } else {
                List<String> in = o.preds();
                if (in.size() != 2) {
                    throw new IllegalArgumentException("operation " + o.id() + ": a " + o.type() + " needs two input pairs, found " + in.size());
                }
                double a = out.get(in.get(0));
                double b = out.get(in.get(1));
                f = o.type() == OpType.SWAP ? swap(a, b) : distill(a, b);
            }
            out.put(o.id(), f);
        }
        return out;
    }

    /** The no-decay fidelity of the protocol's output pair (its single sink). */
    public static double protocolFidelity(Protocol protocol, QuantumNetwork network) {
        List<ProtocolOp> sinks = protocol.sinks();
        if (sinks.size() != 1) {
            throw new IllegalArgumentException("protocol of " + protocol.demand() + ": expected one output operation, found " + sinks.size());
        }
        return evaluate(protocol, network).get(sinks.get(0).id());
    }
}
