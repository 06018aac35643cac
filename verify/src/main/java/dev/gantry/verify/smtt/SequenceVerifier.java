package dev.gantry.verify.smtt;

import dev.gantry.instances.smtt.SequenceDocument;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import dev.gantry.verify.Numbers;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks a single-machine job sequence and recomputes its total weighted tardiness itself (jobs back to back from
 * time 0, long arithmetic), never trusting the plan or the model. The checks:
 * <ul>
 * <li>S1: the sequence lists exactly n jobs;</li>
 * <li>S2: every entry is a job of the instance (0..n−1);</li>
 * <li>S3: no job appears twice;</li>
 * <li>S4: every job appears;</li>
 * <li>S5: a claimed tardiness equals the recomputed one.</li>
 * </ul>
 * The objective is the tardiness of the listed jobs in order, or null when an entry is out of range.
 */
public final class SequenceVerifier {
    private SequenceVerifier() {
    }

    public static VerificationReport verify(SingleMachineTardiness instance, JobSequence sequence) {
        return verify(instance, new SequenceDocument(instance.name(), Arrays.stream(sequence.order()).boxed().toList(), null,
                "sequence for " + instance.name()));
    }

    /**
     * The recomputed tardiness of a sequence that must be valid — for engines' results in tests and benches, where
     * an invalid sequence is a bug: {@link IllegalStateException} listing the violations otherwise.
     */
    public static long tardinessOf(SingleMachineTardiness instance, JobSequence sequence) {
        VerificationReport report = verify(instance, sequence);
        if (!report.valid()) {
            throw new IllegalStateException("invalid sequence for " + instance.name() + ": " + report.violations());
        }
        return report.objective().longValue();
    }

    public static VerificationReport verify(SingleMachineTardiness instance, SequenceDocument plan) {
        List<Integer> sequence = plan.sequence();
        int n = instance.size();
        List<Violation> violations = new ArrayList<>();
        if (sequence.size() != n) {
            violations.add(new Violation("S1", List.of(), "the sequence lists " + sequence.size() + " jobs, " + instance.name() + " has " + n));
        }
        int[] seen = new int[n];
        boolean inRange = true;
        for (int pos = 0; pos < sequence.size(); pos++) {
            int job = sequence.get(pos);
            if (job < 0 || job >= n) {
                inRange = false;
                violations.add(new Violation("S2", List.of("sequence[" + pos + "]"), "sequence[" + pos + "] = " + job + " is not a job of "
                        + instance.name() + " (0.." + (n - 1) + ")"));
            } else if (++seen[job] == 2) {
                violations.add(new Violation("S3", List.of("job " + job), "job " + job + " appears more than once"));
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            if (seen[j] == 0) {
                missing.add(j);
            }
        }
        if (!missing.isEmpty()) {
            violations.add(new Violation("S4", missing.stream().map(j -> "job " + j).toList(),
                    missing.size() + (missing.size() == 1 ? " job is" : " jobs are") + " never run: " + Numbers.list(missing)));
        }
        Long tardiness = null;
        if (inRange) {
            long time = 0;
            long sum = 0;
            for (int job : sequence) {
                time += instance.processing(job);
                sum += (long) instance.weight(job) * Math.max(0, time - instance.dueDate(job));
            }
            tardiness = sum;
            if (plan.tardiness() != null && plan.tardiness() != sum) {
                violations.add(new Violation("S5", List.of(), "stated tardiness " + plan.tardiness() + " differs from the recomputed " + sum));
            }
        }
        return VerificationReport.of(tardiness, violations);
    }
}
