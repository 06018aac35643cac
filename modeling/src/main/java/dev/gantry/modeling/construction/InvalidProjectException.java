package dev.gantry.modeling.construction;

/** The project cannot be compiled: validation errors or circular logic; the message lists them. */
public final class InvalidProjectException extends RuntimeException {
    public InvalidProjectException(String message) {
        super(message);
    }
}
