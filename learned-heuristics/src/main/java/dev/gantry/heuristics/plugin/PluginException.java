package dev.gantry.heuristics.plugin;

/** A plug-in that cannot be loaded; the message names the JAR and the class, for the user to fix. */
public final class PluginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
