package dev.gantry.modeling.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named constraint group: the unit of meaning for explanations and reports. {@code /} in the name forms a
 * hierarchy ({@code machine/M2}); the label is plain text in which {@code {param}} is filled in from the model;
 * the weight is the cost of relaxing the group.
 */
public record Group(String name, String label, long weight) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

    /** The label with each {@code {param}} replaced by the parameter's value in {@code model}. */
    public String labelIn(Model model) {
        Matcher m = PLACEHOLDER.matcher(label);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = model.param(m.group(1)).map(p -> Long.toString(model.paramValue(p))).orElse(m.group());
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
