package dev.gantry.modeling.travel;

import java.util.Arrays;
import java.util.Optional;

/** A house rule a query asks a stay to allow; a stay forbids it when its {@code house_rules} contain {@code No <label>}. */
public enum HouseRule {
    PARTIES("parties"), SMOKING("smoking"), CHILDREN_UNDER_10("children under 10"), VISITORS("visitors"), PETS("pets");

    private final String label;

    HouseRule(String label) {
        this.label = label;
    }

    /** The query's spelling, e.g. {@code children under 10}. */
    public String label() {
        return label;
    }

    /** The item a stay's {@code house_rules} lists to forbid this rule, e.g. {@code No pets}. */
    public String prohibition() {
        return "No " + label;
    }

    /** Whether a stay whose {@code house_rules} text is {@code houseRules} (null when empty) forbids this rule. */
    public boolean forbiddenBy(String houseRules) {
        return houseRules != null && houseRules.contains(prohibition());
    }

    public static Optional<HouseRule> fromLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }
}
