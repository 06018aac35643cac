package dev.gantry.modeling.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputFormatExceptionTest {

    @Test
    void messageNamesSourceLineFieldAndProblem() {
        InputFormatException e = new InputFormatException("ft06.txt", 3, "duration", "expected an integer, got \"x\"");

        assertThat(e).hasMessage("ft06.txt:3: duration: expected an integer, got \"x\"");
        assertThat(e.source()).isEqualTo("ft06.txt");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.field()).isEqualTo("duration");
        assertThat(e.problem()).isEqualTo("expected an integer, got \"x\"");
    }

    @Test
    void lineZeroAndMissingFieldAreLeftOut() {
        assertThat(new InputFormatException("plan.json", 0, null, "empty file")).hasMessage("plan.json: empty file");
        assertThat(new InputFormatException("plan.json", 0, "", "empty file")).hasMessage("plan.json: empty file");
        assertThat(new InputFormatException("plan.json", 7, null, "bad row")).hasMessage("plan.json:7: bad row");
    }
}
