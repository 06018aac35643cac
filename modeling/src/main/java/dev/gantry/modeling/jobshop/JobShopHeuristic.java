package dev.gantry.modeling.jobshop;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * A constructive job-shop heuristic: one complete plan per instance, no search. Gantry's dispatching rules
 * implement it, and so can a rule written outside Gantry (a plug-in loaded by class name from a JAR). Engines
 * that start from a dispatched plan, such as the hybrid CP-SAT search, find implementations through
 * {@link ServiceLoader} by {@link #id()}, never by class.
 */
public interface JobShopHeuristic {
    /** The engine name after {@code heuristic:}, e.g. {@code fdd-mwkr} or {@code learned}. */
    String id();

    /** A plan for every operation of {@code shop}; randomised heuristics draw only from {@code seed}. */
    JobShopSchedule schedule(JobShop shop, long seed);

    /** Registers heuristics with {@link ServiceLoader} (one provider can offer several). */
    interface Provider {
        List<JobShopHeuristic> heuristics();
    }

    /** Every heuristic registered on the class path, in provider order. */
    static List<JobShopHeuristic> registered() {
        return ServiceLoader.load(Provider.class).stream().flatMap(p -> p.get().heuristics().stream()).toList();
    }

    /** The registered heuristic with this id. */
    static Optional<JobShopHeuristic> byId(String id) {
        return registered().stream().filter(h -> h.id().equals(id)).findFirst();
    }
}
