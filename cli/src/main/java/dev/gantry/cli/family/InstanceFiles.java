package dev.gantry.cli.family;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

    /**
     * The problem of a multi-instance file this address names by {@code #ID}, or the file's only problem when it
     * names none; a usage error listing the IDs otherwise (the first and last of a long list).
     */
    public <T> T pick(List<T> all, Function<T, String> idOf) {
        List<String> ids = all.stream().map(idOf).toList();
        String known = ids.size() <= 20 ? String.join(", ", ids) : ids.get(0) + " … " + ids.get(ids.size() - 1);
        if (id.isEmpty()) {
            if (all.size() == 1) {
                return all.get(0);
            }
            throw new UsageException(file + " holds " + all.size() + " problems; name one as " + file + "#ID, ID one of " + known);
        }
        int at = ids.indexOf(id.get());
        if (at < 0) {
            throw new UsageException(file + " has no problem '" + id.get() + "'; it has " + known);
        }
        return all.get(at);
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
