package dev.gantry.modeling.api;

/** Thrown by {@link ModelBuilder#build()} when a model is malformed; the message names the culprit and says "Maybe…". */
public final class ModelValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelValidationException(String message) {
        super(message);
    }
}
