package dev.gantry.instances.jobshop;

import dev.gantry.instances.io.LineReader;
import dev.gantry.instances.io.LineReader.Line;
import dev.gantry.instances.io.SourceFiles;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.Operation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the standard job-shop format (spec scheduling §1.1): a header {@code n m}, then one line per job with
 * exactly {@code 2m} integers {@code machine duration …}, machines from 0. Blank lines and {@code #} comment lines
 * are skipped. Every error is an {@link InputFormatException} naming file, line and field.
 */
public final class JobShopReader {
    private JobShopReader() {
    }

    /** Reads {@code file}; the instance name is the file name without its extension. */
    public static JobShop read(Path file) throws IOException {
        return parse(file.toString(), SourceFiles.readUtf8(file));
    }

    /**
     * Parses {@code text}; {@code source} names it in error messages and gives the instance name (see
     * {@link SourceFiles#baseName(String)}).
     */
    public static JobShop parse(String source, String text) {
        LineReader reader = new LineReader(source, text);
        Line header = reader.nextLine().orElseThrow(() -> new InputFormatException(source, 0, "header",
                (text.isBlank() ? "the file is empty" : "the file holds only comments")
                        + "; expected a header line 'n m'"));
        if (header.size() != 2) {
            throw header.error("header", "expected 2 integers 'n m', found " + header.size() + " tokens");
        }
        int jobCount = positiveInt(header, 0, "header n");
        int machineCount = positiveInt(header, 1, "header m");

        List<List<Operation>> jobs = new ArrayList<>(Math.min(jobCount, 10_000));
        for (int j = 0; j < jobCount; j++) {
            Optional<Line> line = reader.nextLine();
            if (line.isEmpty()) {
                throw new InputFormatException(source, reader.lastLineNumber(), "job " + j,
                        "the header announces " + jobCount + " jobs, found only " + j + " job lines");
            }
            jobs.add(job(line.get(), j, machineCount));
        }
        Optional<Line> extra = reader.nextLine();
        if (extra.isPresent()) {
            throw extra.get().error("end of file",
                    "unexpected data after the " + jobCount + " job lines the header announces");
        }
        return new JobShop(SourceFiles.baseName(source), machineCount, jobs);
    }

    private static List<Operation> job(Line line, int j, int machineCount) {
        int expected = 2 * machineCount;
        if (line.size() != expected) {
            throw line.error("job " + j, "expected " + expected + " tokens (" + machineCount
                    + " machine/duration pairs), found " + line.size());
        }
        List<Operation> operations = new ArrayList<>(machineCount);
        for (int k = 0; k < machineCount; k++) {
            String field = "job " + j + " operation " + k;
            long machine = line.nonNegativeLong(2 * k, field + " machine");
            if (machine >= machineCount) {
                throw line.error(field + " machine",
                        "machine " + machine + " is outside 0.." + (machineCount - 1));
            }
            long duration = line.nonNegativeLong(2 * k + 1, field + " duration");
            operations.add(new Operation((int) machine, duration));
        }
        return operations;
    }

    private static int positiveInt(Line header, int index, String field) {
        long value = header.nonNegativeLong(index, field);
        if (value < 1 || value > Integer.MAX_VALUE) {
            throw header.error(field, "expected an integer in 1.." + Integer.MAX_VALUE + ", found " + value);
        }
        return (int) value;
    }
}
