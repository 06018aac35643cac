package dev.gantry.verify.smtt;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.smtt.SequenceDocument;
import dev.gantry.modeling.smtt.JobSequence;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequenceVerifierTest {
    // p = 3, 2, 4; w = 1, 2, 1; d = 3, 4, 4: order 0,1,2 finishes at 3, 5, 9 → 0 + 2·1 + 5 = 7
    private static final SingleMachineTardiness THREE = new SingleMachineTardiness("three", new int[] {3, 2, 4}, new int[] {1, 2, 1},
            new int[] {3, 4, 4});

    @Test
    void aValidSequenceReportsItsRecomputedTardiness() {
        VerificationReport report = SequenceVerifier.verify(THREE, new JobSequence(new int[] {0, 1, 2}));
        assertThat(report.valid()).isTrue();
        assertThat(report.objective()).isEqualTo(7L);
    }

    @Test
    void aRepeatedJobAMissingJobAndAWrongClaimAreEachNamed() {
        VerificationReport report = SequenceVerifier.verify(THREE, new SequenceDocument("three", List.of(0, 1, 1), 3L, "plan.json"));
        assertThat(report.valid()).isFalse();
        assertThat(report.violations()).extracting(Violation::check).containsExactly("S3", "S4", "S5");
        assertThat(report.violations().get(1).reason()).isEqualTo("1 job is never run: 2");
        // 0,1,1 finishes at 3, 5, 7 → 0 + 2 + 6 = 8
        assertThat(report.violations().get(2).reason()).isEqualTo("stated tardiness 3 differs from the recomputed 8");
    }

    @Test
    void anUnknownJobAndAShortSequenceAreNamed() {
        VerificationReport report = SequenceVerifier.verify(THREE, new SequenceDocument("three", List.of(0, 7), null, "plan.json"));
        assertThat(report.violations()).extracting(Violation::check).containsExactly("S1", "S2", "S4");
        assertThat(report.objective()).isNull();
    }
}
