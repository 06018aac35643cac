package dev.gantry.modeling.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The canonical serialisation behind {@link Model#fingerprint()} and {@link Model#toText()}. */
final class CanonicalText {
    private CanonicalText() {
    }

    static String of(Model m) {
        StringBuilder sb = new StringBuilder("model ").append(m.name()).append('\n');
        for (IntVar v : m.variables()) {
            sb.append(v instanceof BoolVar ? "bool " : "int ").append(v.name()).append(' ').append(v.domain()).append('\n');
        }
        for (IntervalVar iv : m.intervals()) {
            sb.append("interval ").append(iv.name()).append(" start ").append(iv.start()).append(" size ")
                    .append(iv.size()).append(" end ").append(iv.end());
            iv.presence().ifPresent(p -> sb.append(" present ").append(p));
            sb.append('\n');
        }
        for (Param p : m.params()) {
            sb.append("param ").append(p.name()).append(" = ").append(m.paramValue(p)).append('\n');
        }
        for (Group g : m.groups()) {
            sb.append("group ").append(g.name()).append(" weight ").append(g.weight()).append(" label ").append(g.label()).append('\n');
        }
        for (PostedConstraint pc : m.constraints()) {
            sb.append(pc.isBackground() ? "-" : pc.group().name()).append(": ").append(pc.constraint()).append('\n');
        }
        m.objective().ifPresent(o -> o.stages().forEach(s -> sb.append(s.sense()).append(' ').append(s.expression()).append('\n')));
        return sb.toString();
    }

    static String sha256(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
