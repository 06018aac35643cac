package dev.gantry.cli.batch;

import dev.gantry.cli.family.UsageException;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.instances.jobshop.BestKnownBounds;
import dev.gantry.instances.knapsack.KnapsackOptimum;
import dev.gantry.instances.rcpsp.PsplibOptima;
import dev.gantry.instances.tsp.TspOptima;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The known optima and best-known bounds a batch measures its gaps against ({@code --reference}), in the files of
 * the shared benchmark data: {@code jobshop/bks.json} (best-known upper bound), {@code rcpsp/SET/optimum/optimum.csv}
 * (optimum or best-known upper bound), {@code tsp/optima.csv} (optimal tour length) and
 * {@code knapsack/FOLDER-optimum/NAME} (optimal profit; a maximisation, so the gap is how far below it a run stays).
 * The source is such a data folder, or one of the three table files alone. An instance is looked up by its file name
 * without the extension, as the families name it. Families whose instance files carry their own optimum (tardiness,
 * bin packing) report their gap themselves.
 *
 * <p>Serializable: a distributed batch ships it to each executor, which reads the files once, on first use.
 */
public final class References implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Which way a reference bounds the objective. */
    enum Sense {
        MINIMISE, MAXIMISE
    }

    /** A reference value for one instance. */
    record Reference(double value, Sense sense) {
        /** The gap in percent, rounded to two decimals as the families round theirs; positive when worse than the reference. */
        double gapPercent(double objective) {
            double worse = sense == Sense.MINIMISE ? objective - value : value - objective;
            return Math.round(10000.0 * worse / value) / 100.0;
        }
    }

    private final String source; // null: no references; a String, as Path is not serializable
    private transient Tables tables;

    private References(String source) {
        this.source = source;
    }

    /** No references: each run keeps the gap its family reported, if any. */
    public static References none() {
        return new References(null);
    }

    /** The references in {@code source}, a data folder or a table file; read now, so bad input fails before the batch. */
    public static References of(Path source) throws IOException {
        if (!Files.exists(source)) {
            throw new NoSuchFileException(source.toString(), null, "no such reference file or folder");
        }
        References references = new References(source.toAbsolutePath().toString());
        references.tables();
        return references;
    }

    /**
     * The record with its gap to this instance's reference, when there is one and the run has an objective; otherwise
     * the record as it is (with the gap its family reported).
     */
    public RunRecord withGap(RunRecord record) {
        if (source == null || record.objective() == null || record.failed()) {
            return record;
        }
        Optional<Reference> reference = forInstance(record.family(), record.instance());
        return reference.isPresent() && reference.get().value() != 0
                ? record.withGapPercent(reference.get().gapPercent(record.objective().doubleValue()))
                : record;
    }

    Optional<Reference> forInstance(String family, String instance) {
        String file = instance.replaceFirst("#[^#/]*$", "");
        String name = SourceFiles.baseName(file);
        Tables t = tables();
        return switch (family) {
            case "jobshop" -> t.jobShop().flatMap(b -> b.forInstance(name)).map(b -> new Reference(b.upperBound(), Sense.MINIMISE));
            case "rcpsp" -> t.rcpsp().stream().flatMap(o -> o.forInstance(name).stream()).findFirst()
                    .map(e -> new Reference(e.upperBound(), Sense.MINIMISE));
            case "tsp" -> t.tsp().flatMap(o -> o.forInstance(name)).map(o -> new Reference(o.length(), Sense.MINIMISE));
            case "knapsack" -> knapsack(Path.of(file).getFileName().toString());
            default -> Optional.empty();
        };
    }

    private Optional<Reference> knapsack(String name) {
        Path root = Path.of(source);
        if (!Files.isDirectory(root.resolve("knapsack"))) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(root.resolve("knapsack"))) {
            for (Path folder : folders.filter(f -> f.getFileName().toString().endsWith("-optimum")).sorted().toList()) {
                Path optimum = folder.resolve(name);
                if (Files.isRegularFile(optimum)) {
                    return Optional.of(new Reference(KnapsackOptimum.read(optimum).value(), Sense.MAXIMISE));
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table files, read once per JVM that uses this object. */
    private synchronized Tables tables() {
        if (tables == null) {
            try {
                tables = Tables.read(Path.of(source));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tables;
    }

    /** The parsed table files of a source. */
    private record Tables(Optional<BestKnownBounds> jobShop, List<PsplibOptima> rcpsp, Optional<TspOptima> tsp) {
        static Tables read(Path source) throws IOException {
            if (Files.isDirectory(source)) {
                Path bks = source.resolve("jobshop/bks.json");
                Path tsp = source.resolve("tsp/optima.csv");
                List<PsplibOptima> rcpsp = new ArrayList<>();
                if (Files.isDirectory(source.resolve("rcpsp"))) {
                    try (Stream<Path> sets = Files.list(source.resolve("rcpsp"))) {
                        for (Path set : sets.sorted().toList()) {
                            Path csv = set.resolve("optimum/optimum.csv");
                            if (Files.isRegularFile(csv)) {
                                rcpsp.add(PsplibOptima.read(csv));
                            }
                        }
                    }
                }
                return new Tables(Files.isRegularFile(bks) ? Optional.of(BestKnownBounds.read(bks)) : Optional.empty(), rcpsp,
                        Files.isRegularFile(tsp) ? Optional.of(TspOptima.read(tsp)) : Optional.empty());
            }
            String name = source.getFileName().toString();
            if (name.endsWith(".json")) {
                return new Tables(Optional.of(BestKnownBounds.read(source)), List.of(), Optional.empty());
            }
            if (name.equals("optimum.csv")) {
                return new Tables(Optional.empty(), List.of(PsplibOptima.read(source)), Optional.empty());
            }
            if (name.equals("optima.csv")) {
                return new Tables(Optional.empty(), List.of(), Optional.of(TspOptima.read(source)));
            }
            throw new UsageException(source + ": not a reference file; --reference takes a data folder (as shared/data), "
                    + "a job-shop bks.json, a PSPLIB optimum.csv or a TSP optima.csv");
        }
    }
}
