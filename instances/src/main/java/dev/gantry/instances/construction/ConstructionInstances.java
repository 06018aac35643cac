package dev.gantry.instances.construction;

import dev.gantry.modeling.construction.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Loads a project from either form: a directory of CSV files, or a {@code .construction.json} file. */
public final class ConstructionInstances {
    private ConstructionInstances() {
    }

    /** Whether the path names a construction project by its form (a CSV directory or the JSON extension). */
    public static boolean recognises(String instance) {
        return instance.endsWith(ProjectJson.EXTENSION) || ProjectCsv.isProjectDirectory(Path.of(instance));
    }

    public static Project load(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            return ProjectCsv.read(path);
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file or directory");
        }
        return ProjectJson.read(path);
    }
}
