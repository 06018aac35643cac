package dev.gantry.modeling.quantum.build;

import dev.gantry.modeling.quantum.OpType;
import dev.gantry.modeling.quantum.QuantumNetwork;
import dev.gantry.modeling.quantum.QuantumNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a protocol tree into its DAG of operations and maps it onto qubits with the three [LS] passes
 * ({@code protocols.py}): ASAP (choosing qubits, moving each generated pair into a free storage qubit), ALAP (moving
 * operations as late as their consumers and qubits allow), then a shift moving swaps and distillations back to the end
 * of their inputs. The quirks are kept on purpose, as they decide latencies and so the search's choices: precedence
 * counts only between operations sharing a qubit, and storage choice prefers a qubit freed at least two slots earlier.
 */
final class Mapper {
    static final long NEVER = Long.MAX_VALUE;

    private final Map<String, QuantumNode> nodeById = new HashMap<>();
    private final Map<String, QuantumNode> nodeOfComm = new HashMap<>();
    private final Map<String, String> ownerOfQubit;

    Mapper(QuantumNetwork network) {
        for (QuantumNode n : network.nodes()) {
            nodeById.put(n.id(), n);
            n.commQubits().forEach(q -> nodeOfComm.put(q, n));
        }
        this.ownerOfQubit = network.qubitNodes();
    }

    /** The operations of {@code root} mapped onto qubits, in post-order (the [LS] order). */
    List<MappedTask> map(Action root) {
        List<MappedTask> tasks = new ArrayList<>();
        convert(root, tasks, new EnumMap<>(OpType.class));
        for (MappedTask t : tasks) {
            t.parents.sort(Comparator.comparingDouble((MappedTask p) -> p.dist).thenComparing(p -> p.name));
        }
        List<MappedTask> sinks = tasks.stream().filter(t -> t.children.isEmpty()).toList();
        if (sinks.size() != 1) {
            throw new IllegalStateException("a protocol tree has one output operation, found " + sinks.size());
        }
        Map<String, TreeMap<Integer, MappedTask>> schedule = new HashMap<>();
        asapVisit(sinks.get(0), schedule);
        alap(tasks);
        shift(tasks);
        return tasks;
    }

    /** Makespan of a mapped DAG: latest end minus the earliest start of a source. */
    static int latency(List<MappedTask> tasks) {
        int end = tasks.stream().mapToInt(MappedTask::end).max().orElseThrow();
        return end - firstSourceStart(tasks);
    }

    static int firstSourceStart(List<MappedTask> tasks) {
        return tasks.stream().filter(t -> t.parents.isEmpty()).mapToInt(t -> t.start).min().orElseThrow();
    }

    private MappedTask convert(Action a, List<MappedTask> tasks, Map<OpType, Integer> labels) {
        List<MappedTask> parents = new ArrayList<>();
        for (Action child : a.children) {
            parents.add(convert(child, tasks, labels));
        }
        int label = labels.merge(a.type, 1, Integer::sum) - 1;
        String name = letter(a.type) + ";" + label + ";" + String.join(";", a.nodes);
        MappedTask task = new MappedTask(name, a, (int) Math.ceil(a.duration / Action.OP_SECONDS));
        task.parents.addAll(parents);
        parents.forEach(p -> p.children.add(task));
        tasks.add(task);
        return task;
    }

    private static String letter(OpType type) {
        return switch (type) {
            case LINK_GEN -> "L";
            case SWAP -> "S";
            case DISTILL -> "D";
        };
    }

    // ---- ASAP ----

    private void asapVisit(MappedTask task, Map<String, TreeMap<Integer, MappedTask>> schedule) {
        if (!task.parents.isEmpty()) {
            // [LS] descends into the second parent (the longer one) first.
            asapVisit(task.parents.get(1), schedule);
            asapVisit(task.parents.get(0), schedule);
        }
        asap(task, schedule);
    }

    /** A storage qubit (or the comm qubit itself) to move a generated pair into, and when it was last busy. */
    private record Target(long lastSlot, String qubit) {
    }

    private void asap(MappedTask task, Map<String, TreeMap<Integer, MappedTask>> schedule) {
        List<List<String>> candidates = task.type == OpType.LINK_GEN ? commProduct(task.nodes) : List.of(qubitsFromParents(task));
        long best = NEVER;
        List<String> bestSet = null;
        for (List<String> set : candidates) {
            int earliest = 0;
            for (MappedTask p : task.parents) {
                if (p.qubits.stream().anyMatch(set::contains)) {
                    earliest = Math.max(earliest, p.end());
                }
            }
            long possible = earliestStart(earliest, task, set, schedule);
            if (earliest <= possible && possible < best) {
                best = possible;
                bestSet = set;
            }
            if (possible == earliest) {
                break;
            }
        }
        if (bestSet == null) {
            throw new IllegalStateException("cannot map " + task.name + ": its communication qubits stay locked");
        }
        int start = (int) best;
        LinkedHashSet<String> used = new LinkedHashSet<>(bestSet);
        Map<String, Target> targets = null;
        if (task.type == OpType.LINK_GEN) {
            targets = targets(bestSet, schedule, true);
            for (Target t : targets.values()) {
                if (t != null && t.lastSlot() + 1 <= start) {
                    used.add(t.qubit());
                }
            }
        }
        for (String q : used) {
            TreeMap<Integer, MappedTask> slots = schedule.computeIfAbsent(q, k -> new TreeMap<>());
            for (int s = start; s < start + task.slots; s++) {
                if (slots.put(s, task) != null) {
                    throw new IllegalStateException("mapping " + task.name + " collides on " + q + " at slot " + s);
                }
            }
        }
        task.start = start;
        task.qubits = used.stream().sorted().toList();
        if (task.type == OpType.LINK_GEN) {
            List<String> locked = new ArrayList<>(task.qubits);
            for (Map.Entry<String, Target> e : targets.entrySet()) {
                Target t = e.getValue();
                if (t != null && !t.qubit().equals(e.getKey()) && used.contains(t.qubit())) {
                    locked.remove(e.getKey());
                }
            }
            task.locked = List.copyOf(locked);
        } else if (task.type == OpType.DISTILL) {
            // [LS] keeps the output pair in the second qubit of each end: resources[1:4:2] of the sorted qubits.
            List<String> locked = new ArrayList<>();
            for (int i = 1; i < Math.min(4, task.qubits.size()); i += 2) {
                locked.add(task.qubits.get(i));
            }
            task.locked = List.copyOf(locked);
        }
    }

    private List<List<String>> commProduct(List<String> nodes) {
        List<List<String>> out = new ArrayList<>();
        out.add(List.of());
        for (String n : nodes) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> prefix : out) {
                for (String q : nodeById.get(n).commQubits()) {
                    List<String> l = new ArrayList<>(prefix);
                    l.add(q);
                    next.add(l);
                }
            }
            out = next;
        }
        return out;
    }

    /** The qubits holding the input pairs at this operation's nodes, looking through swaps to what they swapped. */
    private List<String> qubitsFromParents(MappedTask task) {
        List<String> out = new ArrayList<>();
        for (MappedTask p : task.parents) {
            if (p.type == OpType.SWAP) {
                List<MappedTask> queue = new ArrayList<>(List.of(p));
                while (!queue.isEmpty()) {
                    MappedTask s = queue.remove(0);
                    if (s.type == OpType.SWAP) {
                        queue.addAll(s.parents);
                    } else {
                        out.addAll(heldAt(s, task.nodes));
                    }
                }
            } else {
                out.addAll(heldAt(p, task.nodes));
            }
        }
        return out;
    }

    private List<String> heldAt(MappedTask holder, List<String> nodes) {
        List<String> out = new ArrayList<>();
        if (holder.type == OpType.DISTILL) {
            for (String q : holder.locked.stream().sorted().toList()) {
                for (String n : nodes) {
                    if (ownedBy(q, n)) {
                        out.add(q);
                    }
                }
            }
        } else {
            for (String n : nodes) {
                for (String q : holder.locked) {
                    if (ownedBy(q, n)) {
                        out.add(q);
                    }
                }
            }
        }
        return out;
    }

    private boolean ownedBy(String qubit, String node) {
        return node.equals(ownerOfQubit.get(qubit));
    }

    private long earliestStart(int earliest, MappedTask task, List<String> set, Map<String, TreeMap<Integer, MappedTask>> schedule) {
        long last = -1;
        for (String q : set) {
            TreeMap<Integer, MappedTask> slots = schedule.get(q);
            if (slots != null && !slots.isEmpty()) {
                last = Math.max(last, slots.lastKey());
            }
        }
        if (last < 0) {
            return earliest;
        }
        if (task.type == OpType.LINK_GEN) {
            Map<String, Target> targets = targets(set, schedule, false);
            if (targets == null) {
                return NEVER;
            }
            long latest = last;
            for (Target t : targets.values()) {
                latest = Math.max(latest, t.lastSlot());
            }
            return latest + 1;
        }
        return last >= earliest ? last + 1 : earliest;
    }

    /**
     * For each comm qubit of a link generation, where its pair goes: the storage qubit of its node free the longest
     * ([LS]'s "last slot + 1 &lt; best" test, so a tie or a one-slot difference keeps the earlier qubit), else the comm
     * qubit itself. A comm qubit still holding a pair makes the whole set unusable ({@code null}), or, with
     * {@code skipLocked}, gets no entry.
     */
    private Map<String, Target> targets(List<String> commQubits, Map<String, TreeMap<Integer, MappedTask>> schedule, boolean skipLocked) {
        Map<String, Target> out = new LinkedHashMap<>();
        for (String lr : commQubits) {
            TreeMap<Integer, MappedTask> own = schedule.get(lr);
            boolean busy = own != null && !own.isEmpty();
            if (busy && own.lastEntry().getValue().locks(lr)) {
                if (skipLocked) {
                    continue;
                }
                return null;
            }
            long bestSlot = NEVER;
            String bestQubit = null;
            for (String sr : nodeOfComm.get(lr).storageQubits()) {
                TreeMap<Integer, MappedTask> slots = schedule.get(sr);
                if (slots != null && !slots.isEmpty()) {
                    int lastSlot = slots.lastKey();
                    if (!slots.lastEntry().getValue().locks(sr) && lastSlot + 1L < bestSlot) {
                        bestSlot = lastSlot;
                        bestQubit = sr;
                    }
                } else if (-1 < bestSlot) {
                    bestSlot = -1;
                    bestQubit = sr;
                }
            }
            if (bestQubit == null) {
                bestSlot = busy ? own.lastKey() : 0;
                bestQubit = lr;
            }
            out.put(lr, new Target(bestSlot, bestQubit));
        }
        return out;
    }

    // ---- ALAP ----

    private static void alap(List<MappedTask> tasks) {
        List<MappedTask> queue = new ArrayList<>(tasks);
        queue.sort(Comparator.comparingInt(t -> -t.start));
        Map<String, TreeMap<Integer, MappedTask>> schedule = new HashMap<>();
        MappedTask last = queue.remove(0);
        occupy(last, last.start, schedule);
        for (MappedTask task : queue) {
            int latest = task.start;
            int childLimit = Integer.MAX_VALUE;
            for (MappedTask c : task.children) {
                if (task.sharesQubit(c)) {
                    childLimit = Math.min(childLimit, c.start - task.slots);
                }
            }
            if (childLimit != Integer.MAX_VALUE) {
                latest = Math.max(latest, childLimit);
            }
            for (String q : task.qubits) {
                TreeMap<Integer, MappedTask> slots = schedule.get(q);
                if (slots != null && !slots.isEmpty()) {
                    latest = Math.min(latest, slots.firstKey() - task.slots);
                }
            }
            occupy(task, latest, schedule);
            task.start = latest;
        }
        int earliest = tasks.stream().mapToInt(t -> t.start).min().orElseThrow();
        tasks.forEach(t -> t.start -= earliest);
    }

    private static void occupy(MappedTask task, int start, Map<String, TreeMap<Integer, MappedTask>> schedule) {
        for (String q : task.qubits) {
            TreeMap<Integer, MappedTask> slots = schedule.computeIfAbsent(q, k -> new TreeMap<>());
            for (int s = start; s < start + task.slots; s++) {
                if (slots.put(s, task) != null) {
                    throw new IllegalStateException("ALAP mapping of " + task.name + " collides on " + q + " at slot " + s);
                }
            }
        }
    }

    // ---- shift ----

    private static void shift(List<MappedTask> tasks) {
        Map<String, List<int[]>> intervals = new HashMap<>();
        for (MappedTask t : tasks) {
            if (t.parents.isEmpty()) {
                add(intervals, t);
            }
        }
        List<MappedTask> byStart = new ArrayList<>(tasks);
        byStart.sort(Comparator.comparingInt(t -> t.start));
        for (MappedTask task : byStart) {
            if (task.type == OpType.LINK_GEN) {
                continue;
            }
            int earliest = 0;
            for (MappedTask p : task.parents) {
                if (p.sharesQubit(task)) {
                    earliest = Math.max(earliest, p.end());
                }
            }
            for (String q : task.qubits) {
                int[] latest = null;
                for (int[] iv : intervals.getOrDefault(q, List.of())) {
                    if (iv[0] >= 0 && iv[1] <= task.start
                            && (latest == null || iv[0] > latest[0] || (iv[0] == latest[0] && iv[1] > latest[1]))) {
                        latest = iv;
                    }
                }
                if (latest != null) {
                    earliest = Math.max(earliest, latest[1]);
                }
            }
            task.start = earliest;
            add(intervals, task);
        }
    }

    private static void add(Map<String, List<int[]>> intervals, MappedTask t) {
        for (String q : t.qubits) {
            intervals.computeIfAbsent(q, k -> new ArrayList<>()).add(new int[] {t.start, t.end()});
        }
    }
}
