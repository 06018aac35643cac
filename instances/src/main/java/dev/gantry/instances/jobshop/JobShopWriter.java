package dev.gantry.instances.jobshop;

import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.Operation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a job shop in the standard format that {@link JobShopReader} reads. */
public final class JobShopWriter {
    private JobShopWriter() {
    }

    /**
     * The file text: {@code n m}, then one line of {@code machine duration} pairs per job. The format has no place
     * for the name (the file name carries it) and requires every job to have exactly m operations, so a job of
     * another length is refused rather than written as a file the reader would reject.
     */
    public static String write(JobShop instance) {
        StringBuilder out = new StringBuilder();
        out.append(instance.jobCount()).append(' ').append(instance.machineCount()).append('\n');
        for (int j = 0; j < instance.jobCount(); j++) {
            List<Operation> job = instance.jobs().get(j);
            if (job.size() != instance.machineCount()) {
                throw new IllegalArgumentException("job " + j + " of " + instance.name() + " has " + job.size()
                        + " operations; the standard format needs exactly " + instance.machineCount());
            }
            for (int k = 0; k < job.size(); k++) {
                out.append(k == 0 ? "" : " ").append(job.get(k).machine()).append(' ').append(job.get(k).duration());
            }
            out.append('\n');
        }
        return out.toString();
    }

    public static void write(JobShop instance, Path file) throws IOException {
        Files.writeString(file, write(instance));
    }
}
