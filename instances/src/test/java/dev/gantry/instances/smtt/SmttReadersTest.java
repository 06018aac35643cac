package dev.gantry.instances.smtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmttReadersTest {
    @TempDir
    Path dir;

    @Test
    void theStagedJsonLinesSetsReadWithTheirOptima() throws Exception {
        List<SmttCase> n20 = SmttJsonReader.readLines(TestData.require("smtt/smtt_n20_800.jsonl"));
        List<SmttCase> n100 = SmttJsonReader.readLines(TestData.require("smtt/smtt_n100_200.jsonl"));
        assertThat(n20).hasSize(800);
        assertThat(n100).hasSize(200);
        assertThat(n20.get(0).instance().size()).isEqualTo(20);
        assertThat(n20.get(0).optimum()).hasValue(256);
        assertThat(n20.get(0).instance().name()).isEqualTo("smtt_n20_800#0");
        assertThat(n20.get(0).rdd()).isEqualTo(0.2);
        assertThat(n100.get(199).instance().size()).isEqualTo(100);
        assertThat(n20.stream().filter(c -> c.optimum().getAsLong() == 0)).hasSize(120);
        assertThat(n100.stream().filter(c -> c.optimum().getAsLong() == 0)).hasSize(37);
        // spec §1: negative due dates occur and are kept
        assertThat(n20.stream().flatMapToInt(c -> java.util.Arrays.stream(c.instance().dueDates())).filter(d -> d < 0).count())
                .isEqualTo(646);
    }

    @Test
    void aSingleObjectFileIsOneInstanceWithOptionalWeights() throws Exception {
        Path file = dir.resolve("six.json");
        Files.writeString(file, "{\n  \"p\": [3, 2, 4],\n  \"w\": [1, 2, 1],\n  \"d\": [3, -1, 9]\n}\n");
        SmttCase c = SmttJsonReader.readOne(file);
        assertThat(c.instance().name()).isEqualTo("six");
        assertThat(c.instance().weights()).containsExactly(1, 2, 1);
        assertThat(c.instance().dueDates()).containsExactly(3, -1, 9);
        assertThat(c.optimum()).isEmpty();
    }

    @Test
    void badTardinessInputNamesFileLineAndField() throws Exception {
        Path lines = dir.resolve("bad.jsonl");
        Files.writeString(lines, "{\"p\":[1,2],\"d\":[3,4]}\n\n{\"p\":[1,0],\"d\":[3,4]}\n");
        assertThatThrownBy(() -> SmttJsonReader.readLines(lines)).isInstanceOf(InputFormatException.class)
                .hasMessageStartingWith(lines + ":3: p[1]: processing time 0");
        Path missing = dir.resolve("missing.json");
        Files.writeString(missing, "{\"p\":[1,2]}");
        assertThatThrownBy(() -> SmttJsonReader.readOne(missing)).isInstanceOf(InputFormatException.class)
                .hasMessageContaining("missing.json:1: d: missing");
        Path fraction = dir.resolve("fraction.jsonl");
        Files.writeString(fraction, "{\"p\":[1],\"d\":[1],\"opt_stored\":2.5}\n");
        assertThatThrownBy(() -> SmttJsonReader.readLines(fraction)).hasMessageContaining("opt_stored: not a whole number");
    }

    @Test
    void orLibraryFilesGive125InstancesEachWithTheirListedValues() throws Exception {
        List<SmttCase> wt40 = OrLibTardinessReader.read(TestData.require("smtt/orlib_wt/wt40.txt"));
        List<SmttCase> wt50 = OrLibTardinessReader.read(TestData.require("smtt/orlib_wt/wt50.txt"));
        assertThat(wt40).hasSize(125);
        assertThat(wt50).hasSize(125);
        assertThat(wt40.get(0).instance().processing(0)).isEqualTo(26);
        assertThat(wt40.get(0).instance().weight(0)).isEqualTo(1);
        assertThat(wt40.get(0).instance().dueDate(0)).isEqualTo(1588);
        assertThat(wt40.get(0).optimum()).hasValue(913);
        assertThat(wt40.stream().filter(c -> c.optimum().getAsLong() == 0)).hasSize(18);
        assertThat(wt50.stream().filter(c -> c.optimum().getAsLong() == 0)).hasSize(17);
        assertThat(OrLibTardinessReader.provenBySource("wt40#19")).isFalse();
        assertThat(OrLibTardinessReader.provenBySource("wt40#18")).isTrue();
    }

    @Test
    void aNonNumericTokenInAnOrLibraryFileIsNamed() throws Exception {
        Path file = dir.resolve("wt2.txt");
        Files.writeString(file, "1 2\n3 x\n5 6\n");
        assertThatThrownBy(() -> OrLibTardinessReader.read(file)).isInstanceOf(InputFormatException.class)
                .hasMessage(file + ":2: token 2: 'x' is not an integer");
    }
}
