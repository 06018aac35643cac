package dev.gantry.instances.rcpsp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The reference files of a PSPLIB set folder (spec scheduling §2.2): {@code optimum/optimum.csv} and, for j120,
 * {@code <set>hrs.sm}; each is optional, so an instance outside the staged sets still loads (with only its
 * critical-path bound).
 */
public record PsplibSet(Path folder, Optional<PsplibOptima> optima, Optional<HeuristicSolutions> heuristicSolutions) {
    /** The reference files in {@code folder} (the folder of the {@code .sm} files). */
    public static PsplibSet load(Path folder) throws IOException {
        Path csv = folder.resolve("optimum").resolve("optimum.csv");
        Optional<PsplibOptima> optima = Files.isRegularFile(csv) ? Optional.of(PsplibOptima.read(csv)) : Optional.empty();
        Optional<HeuristicSolutions> hrs = Optional.empty();
        try (var files = Files.list(folder)) {
            Optional<Path> list = files.filter(p -> p.getFileName().toString().endsWith("hrs.sm")).sorted().findFirst();
            if (list.isPresent()) {
                hrs = Optional.of(HeuristicSolutions.read(list.get()));
            }
        }
        return new PsplibSet(folder, optima, hrs);
    }

    /** The set of the folder holding {@code instanceFile}. */
    public static PsplibSet besides(Path instanceFile) throws IOException {
        return load(instanceFile.toAbsolutePath().getParent());
    }

    public ReferenceBounds bounds(dev.gantry.modeling.rcpsp.Rcpsp instance) {
        return ReferenceBounds.of(instance, this);
    }
}
