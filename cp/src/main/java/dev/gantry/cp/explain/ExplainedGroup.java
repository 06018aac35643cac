package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Model;

/** A group as reported: its name, its label with parameters filled in, and its weight. */
public record ExplainedGroup(String name, String label, long weight) {
    static ExplainedGroup of(Group g, Model model) {
        return new ExplainedGroup(g.name(), g.labelIn(model), g.weight());
    }
}
