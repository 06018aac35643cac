package dev.gantry.modeling.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** An assignment of every variable of a model. */
public final class Solution {
    private final Model model;
    private final long[] values;

    /** {@code values[i]} is the value of {@code model.variables().get(i)}; extra trailing values are dropped. */
    public Solution(Model model, long[] values) {
        if (values.length < model.variables().size()) {
            throw new IllegalArgumentException(values.length + " values for " + model.variables().size() + " variables");
        }
        this.model = model;
        this.values = java.util.Arrays.copyOf(values, model.variables().size());
    }

    public Model model() {
        return model;
    }

    public long value(IntVar v) {
        return values[v.index()];
    }

    public boolean isTrue(Literal l) {
        return l.isTrueFor(values[l.variable().index()]);
    }

    public long value(Expression e) {
        return e.expr().evaluate(this::value, model::paramValue);
    }

    public boolean isPresent(IntervalVar iv) {
        return iv.presence().map(this::isTrue).orElse(true);
    }

    public long start(IntervalVar iv) {
        return value(iv.start());
    }

    public long size(IntervalVar iv) {
        return value(iv.size());
    }

    public long end(IntervalVar iv) {
        return value(iv.end());
    }

    /** A copy of all values in variable order (auxiliaries included). */
    public long[] values() {
        return values.clone();
    }

    /** Values of the user's variables (no auxiliaries), keyed by name, in model order. */
    public Map<String, Long> byName() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (IntVar v : model.variables()) {
            if (!v.isAuxiliary()) {
                out.put(v.name(), values[v.index()]);
            }
        }
        return out;
    }

    /** The user's variables as one flat JSON object; absent intervals' times are omitted (S3). */
    public String toJson() {
        java.util.Set<IntVar> absentTimes = new java.util.HashSet<>();
        for (IntervalVar iv : model.intervals()) {
            if (!isPresent(iv)) {
                for (LinExpr e : java.util.List.of(iv.start(), iv.size(), iv.end())) {
                    absentTimes.addAll(e.variables());
                }
            }
        }
        StringBuilder sb = new StringBuilder("{");
        for (IntVar v : model.variables()) {
            if (v.isAuxiliary() || absentTimes.contains(v)) {
                continue;
            }
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append('"').append(v.name().replace("\\", "\\\\").replace("\"", "\\\"")).append("\":").append(values[v.index()]);
        }
        return sb.append('}').toString();
    }
}
