package dev.gantry.modeling.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a {@link Model}. Mutable and single-threaded; {@link #build()} validates (fail fast, R8) and returns an
 * immutable model. Names are unique across variables, intervals and parameters; the {@code _} prefix is
 * reserved for auxiliaries that rewrites create.
 */
public final class ModelBuilder {
    private static final long OVERFLOW_LIMIT = 1L << 62;

    private final String name;
    private final List<IntVar> variables;
    private final List<IntervalVar> intervals;
    private final List<Param> params = new ArrayList<>();
    private final List<Long> paramValues = new ArrayList<>();
    private final Map<String, Object> names;
    private final Map<String, GroupSpec> groups = new LinkedHashMap<>();
    private final List<Constraint> constraints;
    private final List<String> constraintGroups;
    private final List<Objective.Stage> stages = new ArrayList<>();
    /** Constraints before this index came from an already validated model. */
    private final int validated;
    private int auxCounter;

    ModelBuilder(String name, int expectedVariables) {
        this.name = Objects.requireNonNull(name, "name");
        this.validated = 0;
        int n = Math.max(16, expectedVariables);
        this.variables = new ArrayList<>(n);
        this.intervals = new ArrayList<>(n);
        this.names = new HashMap<>(4 * n);
        this.constraints = new ArrayList<>(2 * n);
        this.constraintGroups = new ArrayList<>(2 * n);
    }

    ModelBuilder(Model base, boolean withConstraints) {
        this.name = base.name();
        int n = base.variables().size() + 16;
        this.variables = new ArrayList<>(n);
        this.intervals = new ArrayList<>(base.intervals().size() + 16);
        this.names = new HashMap<>(2 * (n + base.intervals().size()));
        this.constraints = new ArrayList<>(base.constraints().size() + 16);
        this.constraintGroups = new ArrayList<>(base.constraints().size() + 16);
        variables.addAll(base.variables());
        intervals.addAll(base.intervals());
        params.addAll(base.params());
        long[] values = base.paramValuesArray();
        for (long v : values) {
            paramValues.add(v);
        }
        base.variables().forEach(v -> names.put(v.name(), v));
        base.intervals().forEach(iv -> names.put(iv.name(), iv));
        base.params().forEach(p -> names.put(p.name(), p));
        for (Group g : base.groups()) {
            groups.put(g.name(), new GroupSpec(g.label(), g.weight(), true));
        }
        if (withConstraints) {
            for (PostedConstraint pc : base.constraints()) {
                constraints.add(pc.constraint());
                constraintGroups.add(pc.isBackground() ? null : pc.group().name());
            }
        }
        base.objective().ifPresent(o -> stages.addAll(o.stages()));
        this.validated = constraints.size();
        this.auxCounter = base.variables().size() + base.intervals().size();
    }

    public IntVar intVar(String varName, long lo, long hi) {
        return intVar(varName, Domain.range(lo, hi));
    }

    public IntVar intVar(String varName, Domain domain) {
        claimUserName(varName);
        return newVar(varName, domain);
    }

    public BoolVar boolVar(String varName) {
        claimUserName(varName);
        return newBool(varName);
    }

    /** A fixed-value variable; handy where a variable is required. */
    public IntVar constant(long value) {
        return auxIntVar("const" + value, Domain.singleton(value));
    }

    /** An auxiliary variable for rewrites and layers; its name gets the reserved {@code _} prefix. */
    public IntVar auxIntVar(String hint, Domain domain) {
        return newVar(auxName(hint), domain);
    }

    /** An auxiliary Boolean for rewrites and layers; its name gets the reserved {@code _} prefix. */
    public BoolVar auxBoolVar(String hint) {
        return newBool(auxName(hint));
    }

    /** An auxiliary interval over existing expressions (shadow intervals of rewrites and the explainer). */
    public IntervalVar auxInterval(String hint, LinExpr start, LinExpr size, LinExpr end, Literal presence) {
        String n = auxName(hint);
        IntervalVar iv = new IntervalVar(intervals.size(), n, start, size, end, presence);
        intervals.add(iv);
        names.put(n, iv);
        return iv;
    }

    public IntervalBuilder interval(String intervalName) {
        return new IntervalBuilder(intervalName);
    }

    public Param param(String paramName, long value) {
        claimUserName(paramName);
        Param p = new Param(paramName, value);
        params.add(p);
        paramValues.add(value);
        names.put(paramName, p);
        return p;
    }

    /** Creates or reopens a named group; constraints added through it are blamed under its name. */
    public GroupBuilder group(String groupName) {
        if (groupName == null || groupName.isBlank()) {
            throw new ModelValidationException("group name is empty. Maybe name it after the requirement, e.g. \"budget\".");
        }
        groups.computeIfAbsent(groupName, g -> new GroupSpec(g, 1, false));
        return new GroupBuilder(groupName);
    }

    /** Adds a constraint to {@code group}, or to the background when it is null (rewrites keep provenance so). */
    public ModelBuilder post(Constraint constraint, Group group) {
        if (group == null) {
            return add(constraint);
        }
        GroupSpec existing = groups.get(group.name());
        if (existing == null) {
            groups.put(group.name(), new GroupSpec(group.label(), group.weight(), true));
        } else if (existing.labelSet && !existing.label.equals(group.label())) {
            throw new ModelValidationException("group " + group.name() + " is labelled both \"" + existing.label
                    + "\" and \"" + group.label() + "\". Maybe use one label, or two groups.");
        }
        constraints.add(Objects.requireNonNull(constraint, "constraint"));
        constraintGroups.add(group.name());
        return this;
    }

    /** Adds a background constraint: always enforced, never blamed by the explainer. */
    public ModelBuilder add(Constraint constraint) {
        constraints.add(Objects.requireNonNull(constraint, "constraint"));
        constraintGroups.add(null);
        return this;
    }

    public ObjectiveBuilder minimize(Expression expression) {
        stages.clear();
        stages.add(new Objective.Stage(Sense.MINIMIZE, expression.expr()));
        return new ObjectiveBuilder();
    }

    public ObjectiveBuilder maximize(Expression expression) {
        stages.clear();
        stages.add(new Objective.Stage(Sense.MAXIMIZE, expression.expr()));
        return new ObjectiveBuilder();
    }

    /** Removes the objective (the explainer and satisfaction checks solve without one). */
    public ModelBuilder clearObjective() {
        stages.clear();
        return this;
    }

    /** Replaces the objective by one stage. */
    public ModelBuilder objective(Objective.Stage stage) {
        stages.clear();
        stages.add(stage);
        return this;
    }

    public Model build() {
        long[] pv = paramValues.stream().mapToLong(Long::longValue).toArray();
        List<Group> builtGroups = new ArrayList<>();
        Map<String, Group> byName = new HashMap<>();
        groups.forEach((n, spec) -> {
            Group g = new Group(n, spec.label, spec.weight);
            builtGroups.add(g);
            byName.put(n, g);
        });
        List<PostedConstraint> posted = new ArrayList<>(constraints.size());
        for (int i = 0; i < constraints.size(); i++) {
            String g = constraintGroups.get(i);
            posted.add(new PostedConstraint(constraints.get(i), g == null ? null : byName.get(g)));
        }
        Model model = new Model(name, variables, intervals, params, pv, builtGroups, posted,
                stages.isEmpty() ? null : new Objective(stages));
        new ModelValidation(model, validated).run();
        return model;
    }

    private IntVar newVar(String varName, Domain domain) {
        boolean zeroOne = domain.isRange() && domain.min() == 0 && domain.max() == 1;
        IntVar v = zeroOne ? new BoolVar(variables.size(), varName) : new IntVar(variables.size(), varName, domain);
        variables.add(v);
        names.put(varName, v);
        return v;
    }

    private BoolVar newBool(String varName) {
        BoolVar b = new BoolVar(variables.size(), varName);
        variables.add(b);
        names.put(varName, b);
        return b;
    }

    private String auxName(String hint) {
        String n;
        do {
            n = "_" + hint + "#" + (auxCounter++);
        } while (names.containsKey(n));
        return n;
    }

    private void claimUserName(String n) {
        if (n == null || n.isEmpty()) {
            throw new ModelValidationException("a variable, interval or parameter has an empty name. Maybe give it the name users will read in reports.");
        }
        if (n.startsWith("_")) {
            throw new ModelValidationException("name \"" + n + "\" starts with '_', which is reserved for auxiliaries. Maybe drop the underscore.");
        }
        if (names.containsKey(n)) {
            throw new ModelValidationException("name \"" + n + "\" is used twice in model " + name + ". Maybe add an index to it (\"" + n + "#2\").");
        }
    }

    /** Sets up an interval variable; see {@link IntervalVar}. */
    public final class IntervalBuilder {
        private final String intervalName;
        private LinExpr start;
        private LinExpr size;
        private Literal presence;
        private boolean optional;

        private IntervalBuilder(String intervalName) {
            claimUserName(intervalName);
            names.put(intervalName, this); // reserved now; the interval replaces this placeholder in build()
            this.intervalName = intervalName;
        }

        public IntervalBuilder start(long lo, long hi) {
            this.start = newVar(claimed(intervalName + ".start"), Domain.range(lo, hi)).expr();
            return this;
        }

        public IntervalBuilder start(Expression expression) {
            this.start = affine(expression.expr(), "start");
            return this;
        }

        public IntervalBuilder size(long fixed) {
            this.size = LinExpr.constant(fixed);
            return this;
        }

        public IntervalBuilder size(long lo, long hi) {
            this.size = newVar(claimed(intervalName + ".size"), Domain.range(lo, hi)).expr();
            return this;
        }

        public IntervalBuilder size(Expression expression) {
            this.size = affine(expression.expr(), "size");
            return this;
        }

        /** Makes the interval optional with a fresh presence variable {@code <name>.present}. */
        public IntervalBuilder optional() {
            this.optional = true;
            return this;
        }

        /** Makes the interval optional, present exactly when {@code literal} is true. */
        public IntervalBuilder presence(Literal literal) {
            this.presence = literal;
            return this;
        }

        public IntervalVar build() {
            if (start == null) {
                throw new ModelValidationException("interval " + intervalName + " has no start. Maybe call .start(lo, hi).");
            }
            if (size == null) {
                throw new ModelValidationException("interval " + intervalName + " has no size. Maybe call .size(d).");
            }
            requireNonEmptyDomains(start);
            requireNonEmptyDomains(size);
            long sizeMin = size.isConstant() ? size.constant() : size.min(p -> paramValues.get(params.indexOf(p)));
            if (sizeMin < 0) {
                throw new ModelValidationException("interval " + intervalName + " can have size " + sizeMin
                        + " < 0. Maybe bound its size from 0.");
            }
            LinExpr end;
            if (size.isConstant()) {
                end = start.plus(size.constant());
            } else {
                long lo = start.min(p -> 0) + sizeMin;
                long hi = start.max(p -> 0) + size.max(p -> 0);
                end = newVar(claimed(intervalName + ".end"), Domain.range(lo, hi)).expr();
            }
            Literal present = presence;
            if (present == null && optional) {
                present = newBool(claimed(intervalName + ".present"));
            }
            IntervalVar iv = new IntervalVar(intervals.size(), intervalName, start, size, end, present);
            intervals.add(iv);
            names.put(intervalName, iv);
            return iv;
        }

        private void requireNonEmptyDomains(LinExpr part) {
            for (int k = 0; k < part.size(); k++) {
                IntVar v = part.variable(k);
                if (v.domain().isEmpty()) {
                    throw new ModelValidationException("variable " + v.name() + " has an empty domain. Maybe its lower bound exceeds its upper bound.");
                }
            }
        }

        private String claimed(String n) {
            claimUserName(n);
            return n;
        }

        private LinExpr affine(LinExpr e, String part) {
            if (!e.isAffine()) {
                throw new ModelValidationException("interval " + intervalName + ": the " + part + " " + e
                        + " is not of the form a·x + c. Maybe introduce a variable equal to it.");
            }
            return e;
        }
    }

    /** Adds constraints to a named group; see {@link Group}. */
    public final class GroupBuilder {
        private final String groupName;

        private GroupBuilder(String groupName) {
            this.groupName = groupName;
        }

        public GroupBuilder label(String label) {
            GroupSpec spec = groups.get(groupName);
            if (spec.labelSet && !spec.label.equals(label)) {
                throw new ModelValidationException("group " + groupName + " is labelled both \"" + spec.label
                        + "\" and \"" + label + "\". Maybe use one label, or two groups.");
            }
            groups.put(groupName, new GroupSpec(label, spec.weight, true));
            return this;
        }

        public GroupBuilder weight(long weight) {
            if (weight < 0) {
                throw new ModelValidationException("group " + groupName + " has negative weight " + weight + ". Maybe use 0 for a free relaxation.");
            }
            GroupSpec spec = groups.get(groupName);
            groups.put(groupName, new GroupSpec(spec.label, weight, spec.labelSet));
            return this;
        }

        public GroupBuilder add(Constraint constraint) {
            constraints.add(Objects.requireNonNull(constraint, "constraint"));
            constraintGroups.add(groupName);
            return this;
        }

        public String name() {
            return groupName;
        }
    }

    /** Adds lexicographic stages after the first objective. */
    public final class ObjectiveBuilder {
        private ObjectiveBuilder() {
        }

        public ObjectiveBuilder thenMinimize(Expression expression) {
            stages.add(new Objective.Stage(Sense.MINIMIZE, expression.expr()));
            return this;
        }

        public ObjectiveBuilder thenMaximize(Expression expression) {
            stages.add(new Objective.Stage(Sense.MAXIMIZE, expression.expr()));
            return this;
        }
    }

    private record GroupSpec(String label, long weight, boolean labelSet) {
    }
}
