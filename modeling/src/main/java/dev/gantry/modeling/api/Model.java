package dev.gantry.modeling.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An immutable, thread-safe model: variables, intervals, parameters, named groups, posted constraints and an
 * optional objective, all in insertion order. Build one with {@link #builder(String)}; derive variants with
 * {@link #withParam(String, long)} or {@link #derive()}.
 */
public final class Model {
    private final String name;
    private final List<IntVar> variables;
    private final List<IntervalVar> intervals;
    private final List<Param> params;
    private final long[] paramValues;
    private final List<Group> groups;
    private final List<PostedConstraint> constraints;
    private final Objective objective;
    private final Map<String, Integer> paramIndex;
    private volatile Map<String, IntVar> variablesByName;
    private volatile String fingerprint;

    Model(String name, List<IntVar> variables, List<IntervalVar> intervals, List<Param> params, long[] paramValues,
          List<Group> groups, List<PostedConstraint> constraints, Objective objective) {
        this.name = name;
        this.variables = List.copyOf(variables);
        this.intervals = List.copyOf(intervals);
        this.params = List.copyOf(params);
        this.paramValues = paramValues.clone();
        this.groups = List.copyOf(groups);
        this.constraints = List.copyOf(constraints);
        this.objective = objective;
        Map<String, Integer> pi = new HashMap<>();
        for (int i = 0; i < params.size(); i++) {
            pi.put(params.get(i).name(), i);
        }
        this.paramIndex = pi;
    }

    public static ModelBuilder builder(String name) {
        return new ModelBuilder(name, 16);
    }

    /** A builder sized for about {@code expectedVariables} variables (saves rehashing on large generated models). */
    public static ModelBuilder builder(String name, int expectedVariables) {
        return new ModelBuilder(name, expectedVariables);
    }

    /** A builder holding everything of this model, to add to it (rewrites, stage constraints, explanations). */
    public ModelBuilder derive() {
        return new ModelBuilder(this, true);
    }

    /** A builder holding this model's variables, intervals, params, groups and objective, but no constraints. */
    public ModelBuilder deriveWithoutConstraints() {
        return new ModelBuilder(this, false);
    }

    public String name() {
        return name;
    }

    public List<IntVar> variables() {
        return variables;
    }

    public List<IntervalVar> intervals() {
        return intervals;
    }

    public List<Param> params() {
        return params;
    }

    public List<Group> groups() {
        return groups;
    }

    public List<PostedConstraint> constraints() {
        return constraints;
    }

    public Optional<Objective> objective() {
        return Optional.ofNullable(objective);
    }

    public Optional<Group> group(String groupName) {
        return groups.stream().filter(g -> g.name().equals(groupName)).findFirst();
    }

    public List<PostedConstraint> constraintsOf(Group group) {
        return constraints.stream().filter(c -> group.equals(c.group())).toList();
    }

    public Optional<Param> param(String paramName) {
        Integer i = paramIndex.get(paramName);
        return i == null ? Optional.empty() : Optional.of(params.get(i));
    }

    /** The value of a parameter in this model. */
    public long paramValue(Param p) {
        Integer i = paramIndex.get(p.name());
        if (i == null || params.get(i) != p) {
            throw new IllegalArgumentException("parameter " + p.name() + " does not belong to model " + name);
        }
        return paramValues[i];
    }

    /**
     * This model with every group below {@code parent} ({@code cuisine/Thai}, {@code cuisine/Mexican}) merged into one
     * group named {@code parent}: labels joined by "; ", weights summed. An explanation then speaks of the parent as one
     * requirement (spec modeling §4, folding a hierarchy); the constraints are unchanged.
     */
    public Model folded(String parent) {
        String prefix = parent + "/";
        List<Group> merged = groups.stream().filter(g -> g.name().equals(parent) || g.name().startsWith(prefix)).toList();
        if (merged.isEmpty()) {
            return this;
        }
        Group into = new Group(parent, merged.stream().map(Group::label).collect(Collectors.joining("; ")),
                merged.stream().mapToLong(Group::weight).sum());
        List<Group> regrouped = new ArrayList<>();
        for (Group g : groups) {
            if (!merged.contains(g)) {
                regrouped.add(g);
            } else if (!regrouped.contains(into)) {
                regrouped.add(into);
            }
        }
        List<PostedConstraint> posted = constraints.stream()
                .map(pc -> pc.isBackground() || !merged.contains(pc.group()) ? pc : new PostedConstraint(pc.constraint(), into)).toList();
        return new Model(name, variables, intervals, params, paramValues, regrouped, posted, objective);
    }

    /** This model without the named groups and their constraints: the relaxation that drops those requirements. */
    public Model without(Collection<String> groupNames) {
        Set<String> dropped = Set.copyOf(groupNames);
        List<Group> kept = groups.stream().filter(g -> !dropped.contains(g.name())).toList();
        List<PostedConstraint> posted = constraints.stream().filter(pc -> pc.isBackground() || !dropped.contains(pc.group().name())).toList();
        return new Model(name, variables, intervals, params, paramValues, kept, posted, objective);
    }

    /** A model identical to this one except for the value of one parameter. */
    public Model withParam(String paramName, long value) {
        Integer i = paramIndex.get(paramName);
        if (i == null) {
            throw new IllegalArgumentException("model " + name + " has no parameter " + paramName + "; it has "
                    + params.stream().map(Param::name).toList());
        }
        long[] values = paramValues.clone();
        values[i] = value;
        Model derived = new Model(name, variables, intervals, params, values, groups, constraints, objective);
        new ModelValidation(derived, 0).run(); // divisors, demands and ranges may depend on the value
        return derived;
    }

    public Optional<IntVar> variable(String variableName) {
        Map<String, IntVar> byName = variablesByName;
        if (byName == null) {
            Map<String, IntVar> m = new HashMap<>();
            for (IntVar v : variables) {
                m.put(v.name(), v);
            }
            variablesByName = byName = m;
        }
        return Optional.ofNullable(byName.get(variableName));
    }

    long[] paramValuesArray() {
        return paramValues.clone();
    }

    /** SHA-256 (hex) of a canonical serialisation: equal models give equal fingerprints. */
    public String fingerprint() {
        String f = fingerprint;
        if (f == null) {
            fingerprint = f = CanonicalText.sha256(CanonicalText.of(this));
        }
        return f;
    }

    /** A readable, canonical listing of the model. */
    public String toText() {
        return CanonicalText.of(this);
    }

    @Override
    public String toString() {
        return "Model[" + name + ": " + variables.size() + " variables, " + intervals.size() + " intervals, "
                + constraints.size() + " constraints, params " + Arrays.toString(paramValues) + "]";
    }
}
