package dev.gantry.modeling.quantum.build;

import dev.gantry.modeling.quantum.HoldRule;
import dev.gantry.modeling.quantum.OpType;
import dev.gantry.modeling.quantum.Protocol;
import dev.gantry.modeling.quantum.ProtocolOp;
import dev.gantry.modeling.quantum.QuantumLink;
import dev.gantry.modeling.quantum.QuantumNetwork;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Builds the protocol serving a demand (§1.2), reimplementing the [LS] pipeline: the path is the shortest by link
 * length (JGraphT Dijkstra); the memoised swap-scheme search picks links, pumping or nested distillation per hop and
 * the pivot and end-to-end pumping rounds per path; the ASAP, ALAP and shift passes map the operations onto qubits;
 * the holds follow {@link HoldRule}. As in [LS] the slot is 10 ms and swaps and distillations take one slot, and no
 * rate is required ({@code Rmin = 1e-10}): the search returns the fastest protocol reaching the fidelity.
 * <p>
 * One builder per network; it memoises sub-paths across demands, so reuse it for a workload.
 */
public final class ProtocolBuilder {
    /** [LS] {@code get_protocol_without_rate_constraint}. */
    static final double NO_RATE = 1e-10;

    private final QuantumNetwork network;
    private final ProtocolSearch search;
    private final Mapper mapper;
    private final DijkstraShortestPath<String, DefaultWeightedEdge> paths;

    public ProtocolBuilder(QuantumNetwork network) {
        this.network = network;
        this.search = new ProtocolSearch(network);
        this.mapper = new Mapper(network);
        SimpleWeightedGraph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        network.nodes().forEach(n -> graph.addVertex(n.id()));
        for (QuantumLink l : network.links()) {
            if (!l.u().equals(l.v()) && graph.getEdge(l.u(), l.v()) == null) {
                graph.setEdgeWeight(graph.addEdge(l.u(), l.v()), l.lengthKm());
            }
        }
        this.paths = new DijkstraShortestPath<>(graph);
    }

    /** The shortest path by link length from {@code src} to {@code dst}, or empty when they are not connected. */
    public List<String> path(String src, String dst) {
        for (String n : List.of(src, dst)) {
            if (network.node(n).isEmpty()) {
                throw new IllegalArgumentException("unknown node " + n);
            }
        }
        GraphPath<String, DefaultWeightedEdge> p = paths.getPath(src, dst);
        return p == null ? List.of() : p.getVertexList();
    }

    /** The protocol for {@code demand} from {@code src} to {@code dst} with fidelity at least {@code minFidelity}. */
    public Optional<Protocol> build(String demand, String src, String dst, double minFidelity) {
        if (src.equals(dst)) {
            throw new IllegalArgumentException("demand " + demand + ": source and destination are both " + src);
        }
        List<String> path = path(src, dst);
        if (path.isEmpty()) {
            return Optional.empty();
        }
        return search.search(path, minFidelity, NO_RATE).map(root -> toProtocol(demand, path, root));
    }

    private Protocol toProtocol(String demand, List<String> path, Action root) {
        List<MappedTask> tasks = new ArrayList<>(mapper.map(root));
        int origin = Mapper.firstSourceStart(tasks);
        int makespan = Mapper.latency(tasks);
        tasks.sort(Comparator.comparingInt((MappedTask t) -> t.start).thenComparing(t -> t.name));
        List<ProtocolOp> ops = new ArrayList<>();
        Map<String, List<String>> holdsAfter = new HashMap<>();
        for (MappedTask t : tasks) {
            String link = null;
            if (t.type == OpType.LINK_GEN) {
                link = network.linkBetween(t.nodes.get(0), t.nodes.get(1)).orElseThrow().id();
            }
            ops.add(new ProtocolOp(t.name, t.type, t.start - origin, t.slots, t.qubits,
                    t.parents.stream().map(p -> p.name).toList(), link, t.type == OpType.LINK_GEN ? t.action.capability : -1));
            if (!t.locked.isEmpty()) {
                holdsAfter.put(t.name, t.locked);
            }
        }
        return new Protocol(demand, path, makespan, ops, HoldRule.derive(ops, holdsAfter));
    }
}
