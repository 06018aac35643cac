package dev.gantry.modeling.api;

import dev.gantry.modeling.spi.Backend;
import java.util.List;
import java.util.ServiceLoader;

/** Finds installed backends through {@link ServiceLoader}: {@code Backends.get("cpsat")}. */
public final class Backends {
    private static volatile List<Backend> installed;

    private Backends() {
    }

    public static List<Backend> all() {
        List<Backend> b = installed;
        if (b == null) {
            installed = b = ServiceLoader.load(Backend.class).stream().map(ServiceLoader.Provider::get).toList();
        }
        return b;
    }

    public static List<String> ids() {
        return all().stream().map(Backend::id).toList();
    }

    public static Backend get(String id) {
        return all().stream().filter(b -> b.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "no backend \"" + id + "\" is installed; installed: " + ids()
                        + ". Maybe add the module that provides it (gantry-cp for cpsat and choco) to the class path."));
    }
}
