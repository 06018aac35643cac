package dev.gantry.heuristics.plugin;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * Loads a heuristic written outside Gantry (by hand or by a language model) from a JAR by its class name. The class
 * implements one of Gantry's heuristic interfaces ({@code JobShopHeuristic}, {@code SequencingHeuristic}) and has a
 * public no-argument constructor; it sees Gantry's classes through the parent class loader, so it is compiled
 * against the Gantry jars and shipped alone.
 */
public final class HeuristicPlugins {
    private HeuristicPlugins() {
    }

    /**
     * A new instance of {@code className} from {@code jar}, as a {@code type}.
     *
     * @throws PluginException when the JAR is missing or unreadable, the class is absent, does not implement
     *                         {@code type}, has no public no-argument constructor, or its constructor throws
     */
    public static <T> T load(Path jar, String className, Class<T> type) {
        String where = className + " from " + jar;
        if (!Files.isRegularFile(jar)) {
            throw new PluginException("plug-in JAR " + jar + " does not exist", null);
        }
        try (JarFile ignored = new JarFile(jar.toFile())) {
            // opened only to reject a file that is not a JAR with a clear message; URLClassLoader would just find nothing
        } catch (IOException e) {
            throw new PluginException("plug-in JAR " + jar + " is not a readable JAR: " + e.getMessage(), e);
        }
        // Not closed: the heuristic keeps loading its own classes (inner classes, lambdas) while it runs.
        URLClassLoader loader = new URLClassLoader(new URL[] {url(jar)}, HeuristicPlugins.class.getClassLoader());
        Class<?> loaded;
        try {
            loaded = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginException("cannot load " + where + ": " + (e instanceof ClassNotFoundException ? "no such class" : e), e);
        }
        if (!type.isAssignableFrom(loaded)) {
            throw new PluginException(where + " does not implement " + type.getName(), null);
        }
        if (loaded.isInterface() || Modifier.isAbstract(loaded.getModifiers()) || !Modifier.isPublic(loaded.getModifiers())) {
            throw new PluginException(where + " is not a public concrete class", null);
        }
        Constructor<?> constructor;
        try {
            constructor = loaded.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new PluginException(where + " has no public no-argument constructor", e);
        }
        try {
            return type.cast(constructor.newInstance());
        } catch (InvocationTargetException e) {
            throw new PluginException("the constructor of " + where + " threw " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new PluginException("cannot instantiate " + where + ": " + e, e);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new PluginException("plug-in JAR " + jar + " has no URL form: " + e.getMessage(), e);
        }
    }
}
