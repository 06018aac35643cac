package dev.gantry.cli.family;

import dev.gantry.modeling.api.InputFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One problem family as the CLI sees it: how to solve an instance file with an engine and how to verify a plan.
 * The commands stay family-neutral; a new family is one more implementation listed in {@link Families}.
 */
public interface Family {
    /** The {@code --problem} kind, e.g. {@code jobshop}. */
    String id();

    /** The engines {@code --engine} accepts for this family, the default first. */
    List<String> engines();

    /** Whether the family reads this file (for detection when {@code --problem} is absent). */
    boolean recognises(String instance);

    /**
     * Solves, verifies the plan independently, writes the requested outputs and reports.
     *
     * @throws InputFormatException for an unreadable instance
     * @throws IOException when a file cannot be read
     */
    SolveOutcome solve(SolveRequest request) throws IOException;

    /**
     * Verifies an externally produced plan against an instance.
     *
     * @throws InputFormatException for an unreadable instance or plan
     */
    VerifyOutcome verify(String instance, Path plan) throws IOException;

    /** Whether instances of this family take {@link ReferenceData} ({@code --reference}, {@code --database}, {@code --flights}). */
    default boolean takesReferenceData() {
        return false;
    }

    /** Whether {@code gantry solve} takes {@link QueryOptions} ({@code --objective}, {@code --set}, {@code --ground-only}) for this family. */
    default boolean takesQueryOptions() {
        return false;
    }

    /**
     * Verifies a plan as {@code gantry verify} asks. Families with reference data or verification modes override this;
     * the others verify the instance file alone and have one mode.
     */
    default VerifyOutcome verify(VerifyRequest request) throws IOException {
        if (request.mode().isPresent()) {
            throw new UsageException("--mode goes with --problem travel; " + id() + " has one verification mode");
        }
        return verify(request.instance(), request.plan());
    }
}
