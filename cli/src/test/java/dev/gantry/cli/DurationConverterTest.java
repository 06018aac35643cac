package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationConverterTest {
    private final DurationConverter converter = new DurationConverter();

    @Test
    void readsTheUsualUnits() {
        assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(converter.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(converter.convert("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(converter.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(converter.convert("1.5")).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void rejectsZeroAndGarbage() {
        assertThatThrownBy(() -> converter.convert("0s")).isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("must be positive");
        assertThatThrownBy(() -> converter.convert("10 seconds")).isInstanceOf(CommandLine.TypeConversionException.class);
    }
}
