package dev.gantry.modeling.quantum.build;

import dev.gantry.modeling.quantum.Capability;
import dev.gantry.modeling.quantum.QuantumLink;
import dev.gantry.modeling.quantum.QuantumNetwork;
import dev.gantry.modeling.quantum.QuantumNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The [LS] entanglement swap scheme search ({@code protocolgen.py} {@code esss}), memoised on (sub-path, its nodes'
 * free qubits, target fidelity, target rate). Candidates are ranked by (rate, fidelity), the later of equal candidates
 * winning as in Python's stable sort; a chosen candidate's rate becomes its mapped rate {@code 1 / (latency · 10 ms)}.
 */
final class ProtocolSearch {
    /** Free qubits of a node during the search: communication, storage, and their total. */
    private record Free(int comm, int storage, int total) {
        Free take(int storageTaken) {
            return new Free(comm, storage - storageTaken, total - storageTaken);
        }
    }

    private record Split(Action protocol, double leftRate, double rightRate) {
        static final Split NONE = new Split(null, 0, 0);
    }

    private final QuantumNetwork network;
    private final Mapper mapper;
    private final Map<String, Optional<Action>> memo = new HashMap<>();
    private final Map<String, QuantumLink> links = new HashMap<>();

    ProtocolSearch(QuantumNetwork network) {
        this.network = network;
        this.mapper = new Mapper(network);
    }

    /** The best protocol for the path, or empty when none reaches {@code minFidelity} at {@code minRate}. */
    Optional<Action> search(List<String> path, double minFidelity, double minRate) {
        Map<String, Free> free = new LinkedHashMap<>();
        for (String n : path) {
            QuantumNode node = network.node(n).orElseThrow(() -> new IllegalArgumentException("unknown node " + n));
            int comm = node.commQubits().size();
            int storage = node.storageQubits().size();
            free.put(n, new Free(comm, storage, comm + storage));
        }
        return Optional.ofNullable(esss(path, free, minFidelity, minRate));
    }

    /** The rate a protocol achieves once mapped: one run per latency. */
    double mappedRate(Action protocol) {
        int latency = Mapper.latency(mapper.map(protocol));
        return 1 / (latency * Action.OP_SECONDS);
    }

    private Action esss(List<String> path, Map<String, Free> free, double minFidelity, double minRate) {
        StringBuilder key = new StringBuilder();
        for (String n : path) {
            Free f = free.get(n);
            key.append(n).append('/').append(f.comm()).append('/').append(f.storage()).append('/').append(f.total()).append('|');
        }
        key.append(Double.doubleToLongBits(minFidelity)).append('|').append(Double.doubleToLongBits(minRate));
        String k = key.toString();
        Optional<Action> known = memo.get(k);
        if (known != null) {
            return known.orElse(null);
        }
        Action result = path.size() == 2 ? linkProtocol(path, free, minFidelity, minRate) : splitSearch(path, free, minFidelity, minRate);
        memo.put(k, Optional.ofNullable(result));
        return result;
    }

    /** Binary search over the pivot, moving towards the side with the lower rate. */
    private Action splitSearch(List<String> path, Map<String, Free> free, double minFidelity, double minRate) {
        int lower = 1;
        int upper = path.size() - 1;
        List<Action> found = new ArrayList<>();
        while (lower < upper) {
            int numL = (upper + lower + 1) / 2;
            int numR = path.size() + 1 - numL;
            Split s = split(path, free, minFidelity, minRate, numL, numR);
            if (s.protocol() != null && s.protocol().fidelity >= minFidelity && s.protocol().rate >= minRate) {
                found.add(s.protocol());
            }
            if (s.leftRate() == s.rightRate()) {
                break;
            } else if (s.leftRate() < s.rightRate()) {
                upper--;
            } else {
                lower++;
            }
        }
        return withMappedRate(best(found));
    }

    /** A swap at {@code path[numL-1]} of protocols for both halves, followed by k end-to-end pumping rounds. */
    private Split split(List<String> path, Map<String, Free> free, double minFidelity, double minRate, int numL, int numR) {
        String pivot = path.get(numL - 1);
        String first = path.get(0);
        String last = path.get(path.size() - 1);
        Map<String, Free> afterPivot = new LinkedHashMap<>(free);
        // The pivot keeps one end of the first half's pair while the second half is built.
        afterPivot.put(pivot, free.get(pivot).take(1));
        List<Split> candidates = new ArrayList<>();
        for (int num = 0; ; num++) {
            double swapTarget = LsMath.fidelityForDistillations(num, minFidelity);
            if (swapTarget == 0) {
                break;
            }
            double halfTarget = LsMath.unswap(swapTarget);
            double linkRate = num > 0 ? minRate * (num + 1) / afterPivot.get(pivot).comm() / 2 : minRate;
            Map<String, Free> halves = new LinkedHashMap<>(afterPivot);
            if (num > 0) {
                // Pumping keeps one pair at each end between rounds.
                halves.put(first, halves.get(first).take(1));
                halves.put(last, halves.get(last).take(1));
            }
            if (halves.get(first).storage() < 0 || halves.get(last).storage() < 0) {
                // [LS] drops the candidates found so far here.
                return Split.NONE;
            }
            Action left = esss(path.subList(0, numL), halves, halfTarget, linkRate);
            Action right = esss(path.subList(path.size() - numR, path.size()), halves, halfTarget, linkRate);
            if (left != null && right != null) {
                double fSwap = LsMath.swap(left.fidelity, right.fidelity);
                double rSwap = Math.min(left.rate, right.rate);
                Action swap = Action.swap(fSwap, rSwap, left, right, path.get(path.size() - numR));
                Action protocol = swap.copy();
                for (int i = 0; i < num; i++) {
                    double f = LsMath.distill(protocol.fidelity, fSwap);
                    protocol = Action.distill(f, rSwap / (i + 2), protocol, swap.copy(), List.of(first, last));
                }
                candidates.add(new Split(protocol, left.rate, right.rate));
            }
        }
        if (candidates.isEmpty()) {
            return Split.NONE;
        }
        List<Split> ranked = new ArrayList<>(candidates);
        ranked.sort((a, b) -> compare(a.protocol(), b.protocol()));
        if (path.size() <= 3) {
            ranked = new ArrayList<>(ranked.subList(Math.max(0, ranked.size() - 5), ranked.size()));
            for (Split s : ranked) {
                s.protocol().rate = mappedRate(s.protocol());
            }
            ranked.sort((a, b) -> compare(a.protocol(), b.protocol()));
        }
        return ranked.get(ranked.size() - 1);
    }

    /** One hop: the fastest single capability reaching the target, else pumping or a nested tree, the faster. */
    private Action linkProtocol(List<String> nodes, Map<String, Free> free, double minFidelity, double minRate) {
        QuantumLink link = links.computeIfAbsent(nodes.get(0) + "|" + nodes.get(1), k -> network.linkBetween(nodes.get(0), nodes.get(1))
                .orElseThrow(() -> new IllegalArgumentException("no link joins " + nodes.get(0) + " and " + nodes.get(1))));
        List<Capability> caps = link.capabilities();
        if (caps.stream().allMatch(c -> c.rateHz() < minRate)) {
            return null;
        }
        if (nodes.stream().anyMatch(n -> free.get(n).total() < 1)) {
            return null;
        }
        List<Action> singles = new ArrayList<>();
        for (int i = 0; i < caps.size(); i++) {
            Capability c = caps.get(i);
            if (c.rateHz() >= minRate && c.fidelity() >= minFidelity) {
                singles.add(Action.link(c.fidelity(), c.rateHz(), nodes, i));
            }
        }
        if (!singles.isEmpty()) {
            return best(singles);
        }
        if (nodes.stream().anyMatch(n -> free.get(n).total() < 2)) {
            return null;
        }
        int minTotal = nodes.stream().mapToInt(n -> free.get(n).total()).min().orElseThrow();
        Action pumping = pumping(nodes, free, caps, minFidelity, minRate);
        if (minTotal > 2) {
            Action tree = nested(nodes, free, caps, minFidelity, minRate);
            if (tree != null && (pumping == null || tree.rate > pumping.rate)) {
                return tree;
            }
        }
        return pumping;
    }

    /** One candidate protocol built on capability {@code index} (fidelity f, rate r), or null when it cannot be built. */
    private interface Candidate {
        Action on(int index, double f, double r);
    }

    /**
     * The best candidate over the capabilities fast enough for {@code minRate} that strictly exceeds {@code minFidelity},
     * with its rate replaced by the mapped rate.
     */
    private Action bestOverCapabilities(List<Capability> caps, double minFidelity, double minRate, Candidate candidate) {
        List<Action> found = new ArrayList<>();
        for (int i = 0; i < caps.size(); i++) {
            double r = caps.get(i).rateHz();
            if (r < minRate) {
                continue;
            }
            Action a = candidate.on(i, caps.get(i).fidelity(), r);
            if (a != null && a.fidelity > minFidelity && a.rate >= minRate) {
                found.add(a);
            }
        }
        return withMappedRate(best(found));
    }

    private Action withMappedRate(Action chosen) {
        if (chosen != null) {
            chosen.rate = mappedRate(chosen);
        }
        return chosen;
    }

    /** Entanglement pumping: distil the stored pair with fresh links until the target is reached. */
    private Action pumping(List<String> nodes, Map<String, Free> free, List<Capability> caps, double minFidelity, double minRate) {
        int minComm = nodes.stream().mapToInt(n -> free.get(n).comm()).min().orElseThrow();
        return bestOverCapabilities(caps, minFidelity, minRate, (i, f, r) -> {
            int steps = LsMath.distillationsForFidelity(f, minFidelity);
            if (steps < 0) {
                return null;
            }
            double generation = 1 / (r / Math.ceil((double) steps / minComm));
            double rate = 1 / (generation + steps * Action.OP_SECONDS);
            // [LS] reuses one fresh-link action for every round.
            Action fresh = Action.link(f, r, nodes, i);
            Action current = Action.link(f, r, nodes, i);
            double currentF = f;
            for (int s = 0; s < steps; s++) {
                currentF = LsMath.distill(currentF, f);
                current = Action.distill(currentF, rate, current, fresh, nodes);
            }
            return current;
        });
    }

    /** A balanced tree of distillations over 2^levels equal links, if the end nodes hold enough of them. */
    private Action nested(List<String> nodes, Map<String, Free> free, List<Capability> caps, double minFidelity, double minRate) {
        int minComm = nodes.stream().mapToInt(n -> free.get(n).comm()).min().orElseThrow();
        int minTotal = nodes.stream().mapToInt(n -> free.get(n).total()).min().orElseThrow();
        return bestOverCapabilities(caps, minFidelity, minRate, (i, f, r) -> {
            long distillations = LsMath.distillationsForConstFidelity(f, minFidelity);
            if (distillations < 0 || minTotal - 1 >= 62) {
                return null;
            }
            long links = distillations + 1;
            if (links > (1L << (minTotal - 1))) {
                return null;
            }
            int rounds = LsMath.rounds(links, minComm, minTotal - minComm);
            double treeRate = r / rounds;
            if (rounds < 0 || treeRate < minRate) {
                return null;
            }
            Deque<Action> queue = new ArrayDeque<>();
            for (long l = 0; l < links; l++) {
                queue.add(Action.link(f, r, nodes, i));
            }
            while (queue.size() > 1) {
                Action p1 = queue.poll();
                Action p2 = queue.poll();
                queue.add(Action.distill(LsMath.distill(p1.fidelity, p2.fidelity), Math.min(p1.rate, p2.rate), p1, p2, nodes));
            }
            Action root = queue.poll();
            root.rate = treeRate;
            return root;
        });
    }

    private static int compare(Action a, Action b) {
        int byRate = Double.compare(a.rate, b.rate);
        return byRate != 0 ? byRate : Double.compare(a.fidelity, b.fidelity);
    }

    /** The maximum by (rate, fidelity); the last of equal ones, as {@code sorted(...)[-1]}. */
    private static Action best(List<Action> candidates) {
        Action best = null;
        for (Action a : candidates) {
            if (best == null || compare(a, best) >= 0) {
                best = a;
            }
        }
        return best;
    }
}
