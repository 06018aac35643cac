package dev.gantry.cli.family;

import java.io.IOException;

/**
 * A family whose instances {@code gantry explain} can explain: it turns an instance into a model whose named groups
 * are the requirements a user may relax ({@link ExplainTarget}); the command runs the explainer on it and prints the
 * conflict, the cheapest correction and the repairs in the groups' labels.
 */
public interface Explainable {
    /**
     * The instance as an explanation target.
     *
     * @throws dev.gantry.modeling.api.InputFormatException for an unreadable instance
     * @throws UsageException for an instance that is readable but invalid
     */
    ExplainTarget explainTarget(ExplainRequest request) throws IOException;
}
