package dev.gantry.cli.family;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code gantry verify} asks of a family: the instance and its reference data, the plan, and a verification
 * {@code mode} for families that have several (travel: {@code strict}, {@code compat}).
 */
public record VerifyRequest(String instance, ReferenceData data, Path plan, Optional<String> mode) {
}
