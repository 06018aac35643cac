package dev.gantry.cp.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the explainer reports (E11): a minimal conflict among named groups (a MUS, checked by E9), the cheapest
 * correction set, numeric repairs, optionally every MUS and MCS, and the effort spent. {@link #toJson()} and
 * {@link #toText()} speak only in group names and labels.
 *
 * @param minimal  every one-smaller subset was shown feasible during the search
 * @param verified the conflict was re-checked by fresh solves (E9); {@code notes} say why not when false
 */
public record Explanation(ExplanationStatus status, boolean minimal, boolean verified, List<ExplainedGroup> groups,
                          Optional<Correction> correction, List<Repair> repairs, Optional<Enumeration> all, int checks,
                          long wallMillis, String backend, List<String> notes) {
    public Explanation {
        groups = List.copyOf(groups);
        repairs = List.copyOf(repairs);
        notes = List.copyOf(notes);
    }

    /** This explanation with repairs added (repairs are suggestions; the model is not changed). */
    public Explanation withRepairs(Repair... more) {
        List<Repair> all = new ArrayList<>(repairs);
        all.addAll(List.of(more));
        return new Explanation(status, minimal, verified, groups, correction, all, this.all, checks, wallMillis, backend, notes);
    }

    /** "MUS" for a conflict, "NONE" when there is none to report. */
    public String kind() {
        return status == ExplanationStatus.INFEASIBLE || status == ExplanationStatus.BACKGROUND_INFEASIBLE ? "MUS" : "NONE";
    }

    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"status\":").append(JsonText.string(status.name()));
        sb.append(",\"kind\":").append(JsonText.string(kind()));
        sb.append(",\"minimal\":").append(minimal).append(",\"verified\":").append(verified);
        sb.append(",\"groups\":[");
        for (int i = 0; i < groups.size(); i++) {
            ExplainedGroup g = groups.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"name\":").append(JsonText.string(g.name())).append(",\"label\":")
                    .append(JsonText.string(g.label())).append(",\"weight\":").append(g.weight()).append('}');
        }
        sb.append("],\"correction\":");
        if (correction.isEmpty()) {
            sb.append("null");
        } else {
            Correction c = correction.get();
            sb.append("{\"groups\":").append(JsonText.strings(c.groups().stream().map(ExplainedGroup::name).toList()))
                    .append(",\"cost\":").append(c.cost());
            if (!c.optimal()) {
                sb.append(",\"optimal\":false");
            }
            if (!c.verified()) {
                sb.append(",\"verified\":false");
            }
            sb.append('}');
        }
        sb.append(",\"repairs\":[");
        for (int i = 0; i < repairs.size(); i++) {
            Repair r = repairs.get(i);
            sb.append(i == 0 ? "" : ",").append("{\"param\":").append(JsonText.string(r.param())).append(",\"from\":").append(r.from())
                    .append(",\"to\":").append(r.to().isPresent() ? Long.toString(r.to().getAsLong()) : "null")
                    .append(",\"optimal\":").append(r.optimal()).append(",\"verified\":").append(r.verified());
            if (!r.note().isEmpty()) {
                sb.append(",\"note\":").append(JsonText.string(r.note()));
            }
            sb.append('}');
        }
        sb.append("],\"effort\":{\"checks\":").append(checks).append(",\"wallMs\":").append(wallMillis).append('}');
        sb.append(",\"backend\":").append(JsonText.string(backend));
        all.ifPresent(e -> {
            sb.append(",\"all\":{\"muses\":[");
            appendSets(sb, e.muses());
            sb.append("],\"mcses\":[");
            appendSets(sb, e.mcses());
            sb.append("],\"complete\":").append(e.complete()).append('}');
        });
        if (!notes.isEmpty()) {
            sb.append(",\"notes\":").append(JsonText.strings(notes));
        }
        return sb.append('}').toString();
    }

    private static void appendSets(StringBuilder sb, List<List<String>> sets) {
        for (int i = 0; i < sets.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(JsonText.strings(sets.get(i)));
        }
    }

    /** Plain sentences built from labels, e.g. "These requirements cannot all hold: (1) …; (2) …. Dropping either one …". */
    public String toText() {
        return switch (status) {
            case FEASIBLE -> "All requirements can hold together: there is nothing to explain.";
            case UNKNOWN -> "No explanation within the limits: " + String.join("; ", notes) + ".";
            case INFEASIBLE, BACKGROUND_INFEASIBLE -> conflictText();
        };
    }

    private String conflictText() {
        StringBuilder sb = new StringBuilder();
        if (status == ExplanationStatus.BACKGROUND_INFEASIBLE) {
            sb.append("The fixed part of the model cannot hold on its own. ");
        }
        sb.append(groups.size() == 1 ? "This requirement cannot hold: " : "These requirements cannot all hold: ");
        for (int i = 0; i < groups.size(); i++) {
            sb.append(i == 0 ? "" : "; ").append('(').append(i + 1).append(") ").append(groups.get(i).label());
        }
        sb.append('.');
        if (minimal) {
            sb.append(switch (groups.size()) {
                case 1 -> " Dropping it restores feasibility.";
                case 2 -> " Dropping either one restores feasibility.";
                default -> " Dropping any one restores feasibility.";
            });
        } else {
            sb.append(" This set may not be minimal.");
        }
        if (!verified) {
            sb.append(" It could not be verified: ").append(String.join("; ", notes.subList(0, Math.min(3, notes.size()))))
                    .append(notes.size() > 3 ? " (and " + (notes.size() - 3) + " more notes)" : "").append('.');
        }
        correction.ifPresent(c -> sb.append(c.optimal() ? " Cheapest fix: relax " : " A fix: relax ").append(references(c)).append('.'));
        for (Repair r : repairs) {
            sb.append(r.to().isEmpty() ? " No change of " + r.param() + " helps." : (r.optimal() ? " Smallest change: " : " A change that helps: ")
                    + r.sentence() + ".");
        }
        return sb.toString();
    }

    /** "(2)", "(1) and (3)", or a quoted label for a group outside the conflict. */
    private String references(Correction c) {
        List<String> refs = new ArrayList<>();
        for (ExplainedGroup g : c.groups()) {
            int i = groups.stream().map(ExplainedGroup::name).toList().indexOf(g.name());
            refs.add(i >= 0 ? "(" + (i + 1) + ")" : "\"" + g.label() + "\"");
        }
        if (refs.size() == 1) {
            return refs.get(0);
        }
        return String.join(", ", refs.subList(0, refs.size() - 1)) + " and " + refs.get(refs.size() - 1);
    }
}
