package dev.gantry.cli.family;

import java.util.List;

/** One violation found by a verifier, in the CLI's JSON form: check id, the items involved, the reason. */
public record Finding(String check, List<String> items, String reason) {
}
