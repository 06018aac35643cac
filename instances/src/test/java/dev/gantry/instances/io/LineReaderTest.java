package dev.gantry.instances.io;

import dev.gantry.modeling.api.InputFormatException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LineReaderTest {

    @Test
    void skipsBlankAndCommentLinesAndKeepsLineNumbers() {
        LineReader reader = new LineReader("f.txt", "# a comment\n\n  1\t2  3\n   # indented comment\r\n 4 5\n\n");

        LineReader.Line first = reader.nextLine().orElseThrow();
        LineReader.Line second = reader.nextLine().orElseThrow();

        assertThat(first.number()).isEqualTo(3);
        assertThat(first.tokens()).containsExactly("1", "2", "3");
        assertThat(second.number()).isEqualTo(5);
        assertThat(second.tokens()).containsExactly("4", "5");
        assertThat(reader.nextLine()).isEmpty();
        assertThat(reader.lastLineNumber()).isEqualTo(6);
    }

    @Test
    void readsNonNegativeLongs() {
        LineReader.Line line = new LineReader("f.txt", "0 42 9223372036854775807").nextLine().orElseThrow();

        assertThat(line.nonNegativeLong(0, "a")).isZero();
        assertThat(line.nonNegativeLong(1, "b")).isEqualTo(42);
        assertThat(line.nonNegativeLong(2, "c")).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void rejectsAnythingButDigitsWithFileLineAndField() {
        LineReader.Line line = new LineReader("f.txt", "\n-3 x 9223372036854775808 +4 1.0").nextLine().orElseThrow();

        assertThatThrownBy(() -> line.nonNegativeLong(0, "job 0 operation 0 duration"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("f.txt:2: job 0 operation 0 duration: expected a non-negative integer, found '-3'");
        assertThatThrownBy(() -> line.nonNegativeLong(1, "f"))
                .hasMessage("f.txt:2: f: expected a non-negative integer, found 'x'");
        assertThatThrownBy(() -> line.nonNegativeLong(2, "f"))
                .hasMessage("f.txt:2: f: expected a non-negative integer, found '9223372036854775808'");
        assertThatThrownBy(() -> line.nonNegativeLong(3, "f"))
                .hasMessage("f.txt:2: f: expected a non-negative integer, found '+4'");
        assertThatThrownBy(() -> line.nonNegativeLong(4, "f"))
                .hasMessage("f.txt:2: f: expected a non-negative integer, found '1.0'");
    }

    @Test
    void readsDecimalAndScientificNumbersButNothingJavaAloneWouldAccept() {
        LineReader.Line line = new LineReader("f.txt", "42 -0.5 4.00320e+03 .25 7. -0 NaN Infinity 0x1p3 1.0d 1e999")
                .nextLine().orElseThrow();

        assertThat(line.number(0, "a")).isEqualTo(42.0);
        assertThat(line.number(1, "a")).isEqualTo(-0.5);
        assertThat(line.number(2, "a")).isEqualTo(4003.2);
        assertThat(line.number(3, "a")).isEqualTo(0.25);
        assertThat(line.number(4, "a")).isEqualTo(7.0);
        // Positive zero, bit for bit: "-0" must not come back as -0.0.
        assertThat(Double.doubleToRawLongBits(line.nonNegativeNumber(5, "a"))).isZero();
        for (int i = 6; i <= 9; i++) {
            int index = i;
            assertThatThrownBy(() -> line.number(index, "x"))
                    .isInstanceOf(InputFormatException.class)
                    .hasMessage("f.txt:1: x: expected a number, found '" + line.tokens().get(index) + "'");
        }
        assertThatThrownBy(() -> line.number(10, "x")).hasMessage("f.txt:1: x: the number '1e999' is out of range");
        assertThatThrownBy(() -> line.nonNegativeNumber(1, "w")).hasMessage("f.txt:1: w: expected a number >= 0, found '-0.5'");
    }
}
