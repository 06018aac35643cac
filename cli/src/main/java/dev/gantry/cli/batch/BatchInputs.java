package dev.gantry.cli.batch;

import dev.gantry.cli.family.Families;
import dev.gantry.cli.family.Family;
import dev.gantry.cli.family.UsageException;
import dev.gantry.cli.jobshop.JobShopFamily;
import dev.gantry.modeling.api.InputFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What a batch runs, from a folder or a list file.
 * <ul>
 * <li>A folder: every regular, non-hidden file below it (sorted) that exactly one family recognises by its name
 * ({@link Family#recognises}); the job shop, which claims any unclaimed name, only takes files that start like one
 * ({@code n m}, then a line of 2·m numbers). Multi-instance files ({@code .jsonl}, {@code FILE#ID} families) and
 * everything else are skipped with a note.</li>
 * <li>A list file: one run per line, {@code INSTANCE [ENGINE|-] [KIND]}, whitespace-separated; {@code -} or no
 * engine means the batch's {@code --engine} or else the family's default; KIND overrides detection (needed for
 * knapsack files, which have no extension). Blank lines and lines starting with {@code #} are skipped. A relative
 * path is taken from the list file's folder; a name that is no file there (a bundled sample such as {@code ft06})
 * is passed on as it is.</li>
 * </ul>
 */
public final class BatchInputs {
    /** One line of a list, or one file of a folder, before the family and engine are settled. */
    public record Entry(String instance, Optional<String> engine, Optional<String> problem) {
    }

    private BatchInputs() {
    }

    /** The entries of a folder or list file; a usage error when it is missing or yields nothing. */
    public static List<Entry> read(Path source, Consumer<String> notes) throws IOException {
        if (Files.isDirectory(source)) {
            return nonEmpty(scan(source, notes), source + " holds no instance file a family recognises");
        }
        if (!Files.isRegularFile(source)) {
            throw new NoSuchFileException(source.toString(), null, "no such file or directory");
        }
        return nonEmpty(readList(source), source + " lists no instance");
    }

    /**
     * The runs: each entry with its family resolved and its engine chosen (entry, then {@code engine}, then the
     * family's default) and checked, so a bad engine or kind fails before anything runs.
     */
    public static List<RunSpec> specs(List<Entry> entries, Optional<String> problem, Optional<String> engine, Optional<Duration> timeLimit,
                                      int workersPerRun, long seed) {
        List<RunSpec> specs = new ArrayList<>();
        for (Entry e : entries) {
            Family family = Families.resolve(e.problem().or(() -> problem).orElse(null), e.instance());
            String chosen = e.engine().or(() -> engine).orElse(family.engines().get(0));
            if (!family.engines().contains(chosen)) {
                throw new UsageException("engine '" + chosen + "' does not solve " + family.id() + " (" + e.instance() + "); choose one of "
                        + family.engines() + ", or name an engine per line in a list file");
            }
            specs.add(new RunSpec(e.instance(), family.id(), chosen, timeLimit, workersPerRun, seed));
        }
        return specs;
    }

    static List<Entry> scan(Path dir, Consumer<String> notes) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        }
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            String name = file.toString();
            List<Family> matches = Families.all().stream().filter(f -> f.recognises(name)).toList();
            if (name.endsWith(".jsonl")) {
                notes.accept("skipped " + file + ": a multi-instance file; list its problems as FILE#ID in a list file");
            } else if (matches.size() != 1) {
                notes.accept("skipped " + file + (matches.isEmpty() ? ": no family recognises it" : ": more than one family claims it; use a list file with KIND"));
            } else if (matches.get(0) instanceof JobShopFamily && !looksLikeJobShop(file)) {
                notes.accept("skipped " + file + ": not an instance file of a known family");
            } else {
                entries.add(new Entry(name, Optional.empty(), Optional.empty()));
            }
        }
        return entries;
    }

    static List<Entry> readList(Path list) throws IOException {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        Path base = list.toAbsolutePath().getParent();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+");
            if (fields.length > 3) {
                throw new InputFormatException(list.toString(), i + 1, "line", "expected 'INSTANCE [ENGINE|-] [KIND]', got " + fields.length + " fields");
            }
            Optional<String> engine = fields.length > 1 && !fields[1].equals("-") ? Optional.of(fields[1]) : Optional.empty();
            Optional<String> kind = fields.length > 2 ? Optional.of(fields[2]) : Optional.empty();
            entries.add(new Entry(resolve(base, fields[0]), engine, kind));
        }
        return entries;
    }

    private static String resolve(Path base, String instance) {
        Path p = Path.of(instance);
        if (p.isAbsolute()) {
            return instance;
        }
        String file = instance.replaceFirst("#[^#/]*$", "");
        return Files.exists(base.resolve(file)) ? base.resolve(instance).toString() : instance;
    }

    /** A job-shop text file starts with {@code n m} and then a job line of 2·m numbers. */
    private static boolean looksLikeJobShop(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            String[] head = nextLine(in);
            String[] job = nextLine(in);
            return head != null && job != null && head.length == 2 && numeric(head) && numeric(job)
                    && job.length == 2 * Long.parseLong(head[1]);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static String[] nextLine(BufferedReader in) throws IOException {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                return line.strip().split("\\s+");
            }
        }
        return null;
    }

    private static boolean numeric(String[] fields) {
        for (String f : fields) {
            if (!f.matches("\\d+")) {
                return false;
            }
        }
        return true;
    }

    private static <T> List<T> nonEmpty(List<T> list, String message) {
        if (list.isEmpty()) {
            throw new UsageException(message);
        }
        return list;
    }
}
