package dev.gantry.instances.smtt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmttGeneratorTest {
    @Test
    void splitMix64MatchesTheReferenceSequence() {
        // the reference SplitMix64 from seed 0: 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F
        SmttGenerator.SplitMix64 random = new SmttGenerator.SplitMix64(0);
        assertThat(random.next()).isEqualTo(0xE220A8397B1DCDAFL);
        assertThat(random.next()).isEqualTo(0x6E789E6AA1B965F4L);
        assertThat(random.next()).isEqualTo(0x06C45D188009454FL);
    }

    @Test
    void classesRunRddOuterTfInnerWithIdxFromClassAndK() {
        List<SmttCase> cases = SmttGenerator.generate(SmttGenerator.Flavour.SDT, 50, 3, 500);
        assertThat(cases).hasSize(60);
        assertThat(cases.get(0).rdd()).isEqualTo(0.2);
        assertThat(cases.get(0).tf()).isEqualTo(0.2);
        assertThat(cases.get(3).tf()).isEqualTo(0.4);
        assertThat(cases.get(12).rdd()).isEqualTo(0.4);
        assertThat(cases.get(59).instance().name()).isEqualTo("sdt_n50_s500#59");
        assertThat(cases).allSatisfy(c -> {
            assertThat(Arrays.stream(c.instance().processing()).min().getAsInt()).isGreaterThanOrEqualTo(1);
            assertThat(Arrays.stream(c.instance().processing()).max().getAsInt()).isLessThanOrEqualTo(100);
            assertThat(Arrays.stream(c.instance().dueDates()).min().getAsInt()).isGreaterThanOrEqualTo(0);
            assertThat(c.instance().isWeighted()).isFalse();
        });
    }

    @Test
    void theSameSeedGivesTheSameInstancesAndEachInstanceHasItsOwnStream() {
        assertThat(SmttGenerator.generate(SmttGenerator.Flavour.PAPER, 20, 2, 7))
                .isEqualTo(SmttGenerator.generate(SmttGenerator.Flavour.PAPER, 20, 2, 7));
        // instance k of a class does not depend on how many instances per class were drawn
        assertThat(SmttGenerator.generate(SmttGenerator.Flavour.PAPER, 20, 1, 7).get(0))
                .isEqualTo(SmttGenerator.generate(SmttGenerator.Flavour.PAPER, 20, 2, 7).get(0));
    }

    @Test
    void thePaperFlavourKeepsNegativeDueDatesAndOrLibDrawsWeights() {
        List<SmttCase> paper = SmttGenerator.generate(SmttGenerator.Flavour.PAPER, 20, 40, 1);
        assertThat(paper).hasSize(800);
        assertThat(paper.stream().flatMapToInt(c -> Arrays.stream(c.instance().dueDates())).filter(d -> d < 0).count()).isPositive();
        assertThat(paper.stream().flatMapToInt(c -> Arrays.stream(c.instance().processing())).max().getAsInt()).isLessThanOrEqualTo(99);
        List<SmttCase> orlib = SmttGenerator.generate(SmttGenerator.Flavour.ORLIB, 40, 5, 1);
        assertThat(orlib).hasSize(125);
        assertThat(orlib.stream().flatMapToInt(c -> Arrays.stream(c.instance().weights())).max().getAsInt()).isEqualTo(10);
        assertThat(orlib.get(124).tf()).isEqualTo(1.0);
    }

    @Test
    void generatedSetsRoundTripThroughJsonLines(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        List<SmttCase> cases = SmttGenerator.generate(SmttGenerator.Flavour.ORLIB, 10, 1, 3);
        java.nio.file.Path file = dir.resolve("orlib_n10.jsonl");
        java.nio.file.Files.writeString(file, SmttJsonWriter.lines(cases, 3, "ORLIB"));
        List<SmttCase> read = SmttJsonReader.readLines(file);
        assertThat(read).hasSize(25);
        for (int i = 0; i < 25; i++) {
            assertThat(read.get(i).instance().processing()).containsExactly(cases.get(i).instance().processing());
            assertThat(read.get(i).instance().weights()).containsExactly(cases.get(i).instance().weights());
            assertThat(read.get(i).instance().dueDates()).containsExactly(cases.get(i).instance().dueDates());
            assertThat(read.get(i).tf()).isEqualTo(cases.get(i).tf());
            assertThat(read.get(i).optimum()).isEmpty();
        }
    }
}
