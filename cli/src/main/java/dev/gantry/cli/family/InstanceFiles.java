package dev.gantry.cli.family;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** How families address instance files: {@code FILE}, or {@code FILE#ID} for one problem of a multi-instance file. */
public record InstanceFiles(Path file, Optional<String> id) {
    public static InstanceFiles parse(String instance) throws NoSuchFileException {
        int hash = instance.lastIndexOf('#');
        Path file = Path.of(hash < 0 ? instance : instance.substring(0, hash));
        Optional<String> id = hash < 0 ? Optional.empty() : Optional.of(instance.substring(hash + 1));
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        return new InstanceFiles(file, id);
    }

    /** A reference file next to the instance, or else at {@code sharedRelative} in the shared data folder. */
    public static Optional<Path> besideOrShared(Path instanceFile, String fileName, String sharedRelative) {
        Path beside = instanceFile.toAbsolutePath().getParent().resolve(fileName);
        if (Files.isRegularFile(beside)) {
            return Optional.of(beside);
        }
        return dev.gantry.instances.SharedData.find(sharedRelative);
    }
}
