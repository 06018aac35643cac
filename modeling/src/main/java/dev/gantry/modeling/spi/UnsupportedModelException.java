package dev.gantry.modeling.spi;

/** A model a backend cannot express, even through rewrites; becomes a MODEL_INVALID result. */
public final class UnsupportedModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnsupportedModelException(String message) {
        super(message);
    }
}
