package dev.gantry.verify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerificationReportTest {

    @Test
    void serializesTheCliShape() {
        VerificationReport report = VerificationReport.of(60L, List.of(
                new Violation("J3", List.of("J3.O2", "J7.O5"), "machine overlap on machine 1"),
                new Violation("C4", List.of(), "stated makespan 59 differs from the recomputed makespan 60")));

        assertThat(report.valid()).isFalse();
        assertThat(report.toJson()).isEqualTo("{\"valid\":false,\"objective\":60,\"violations\":["
                + "{\"check\":\"J3\",\"items\":[\"J3.O2\",\"J7.O5\"],\"reason\":\"machine overlap on machine 1\"},"
                + "{\"check\":\"C4\",\"items\":[],\"reason\":\"stated makespan 59 differs from the recomputed makespan 60\"}]}");
    }

    @Test
    void validWithoutViolationsAndNullObjectiveStaysExplicit() {
        assertThat(VerificationReport.of(55L, List.of()).toJson())
                .isEqualTo("{\"valid\":true,\"objective\":55,\"violations\":[]}");
        assertThat(VerificationReport.of(null, List.of()).toJson())
                .isEqualTo("{\"valid\":true,\"objective\":null,\"violations\":[]}");
    }

    @Test
    void validMeansNoViolations() {
        List<Violation> one = List.of(new Violation("C1", List.of(), "x"));

        assertThatThrownBy(() -> new VerificationReport(true, 1L, one))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a report is valid exactly when it lists no violations");
        assertThatThrownBy(() -> new VerificationReport(false, 1L, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesAFractionalObjectiveAsADecimal() {
        assertThat(VerificationReport.of(5.6963, List.of()).toJson())
                .isEqualTo("{\"valid\":true,\"objective\":5.6963,\"violations\":[]}");
    }
}
