package dev.gantry.cli.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The results file: one JSON line per run. Each record is appended as one write of the whole line under a lock,
 * then forced to disk, so a killed batch loses at most the runs in flight and never leaves half a line behind a
 * whole one. Reading skips a line that does not parse (reported through {@code notes}), for a file another tool
 * cut short.
 */
public final class ResultsStore implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;

    private ResultsStore(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Opens the file for appending, creating it (and its folder) when absent; with {@code fresh} it starts empty. */
    public static ResultsStore open(Path file, boolean fresh) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                fresh ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
        ResultsStore store = new ResultsStore(file, channel);
        if (!fresh) {
            store.endWithNewline();
        }
        return store;
    }

    public Path file() {
        return file;
    }

    /** Appends the record's line, flushed and forced to disk before returning. */
    public synchronized void append(RunRecord record) throws IOException {
        write(record.toJson() + "\n");
    }

    /** Every parseable record of a results file, in file order; an absent file has none. */
    public static List<RunRecord> read(Path file, Consumer<String> notes) throws IOException {
        List<RunRecord> records = new ArrayList<>();
        if (!Files.exists(file)) {
            return records;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                records.add(RunRecord.parse(line));
            } catch (IOException e) {
                notes.accept(file + ":" + (i + 1) + ": not a result line, ignored (that run will be done again)");
            }
        }
        return records;
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }

    /** A file cut inside a line gets its newline first, so the next record starts a line of its own. */
    private void endWithNewline() throws IOException {
        long size = channel.size();
        if (size == 0) {
            return;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        try (FileChannel reader = FileChannel.open(file, StandardOpenOption.READ)) {
            reader.read(last, size - 1);
        }
        if (last.get(0) != '\n') {
            write("\n");
        }
    }

    private void write(String text) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }
}
