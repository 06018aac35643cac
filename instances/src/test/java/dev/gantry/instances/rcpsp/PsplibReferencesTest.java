package dev.gantry.instances.rcpsp;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.rcpsp.Rcpsp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PsplibReferencesTest {

    @Test
    void parsesTheThreeValueForms() {
        PsplibOptima o = PsplibOptima.parse("o.csv", "problem,optimum\nx1_1.sm,43\nx1_2.sm,104..105\nx1_3.sm,..89");

        assertThat(o.forInstance("x1_1")).contains(new PsplibOptima.Entry("x1_1", OptionalLong.of(43), 43));
        assertThat(o.forInstance("x1_2")).contains(new PsplibOptima.Entry("x1_2", OptionalLong.of(104), 105));
        assertThat(o.forInstance("x1_3")).contains(new PsplibOptima.Entry("x1_3", OptionalLong.empty(), 89));
        assertThat(o.forInstance("x1_1").orElseThrow().optimal()).isTrue();
        assertThat(o.forInstance("x1_2").orElseThrow().optimal()).isFalse();
    }

    @Test
    void rejectsMalformedValues() {
        for (String bad : new String[] {"104..", "104.105", "-3", "abc", "105..104"}) {
            assertThatThrownBy(() -> PsplibOptima.parse("o.csv", "problem,optimum\nx1_1.sm," + bad))
                    .isInstanceOf(InputFormatException.class).hasMessageStartingWith("o.csv:2: optimum: ");
        }
        assertThatThrownBy(() -> PsplibOptima.parse("o.csv", "problem,optimum\nx.sm,1\nx.sm,2"))
                .hasMessage("o.csv:3: problem: a second row for x.sm (the first is at line 2)");
    }

    @Test
    void countsTheStagedOptima() throws IOException {
        PsplibOptima j30 = PsplibOptima.read(TestData.require("rcpsp/j30/optimum/optimum.csv"));
        assertThat(j30.all()).hasSize(480);
        assertThat(j30.all().values()).allMatch(PsplibOptima.Entry::optimal);
        assertThat(j30.forInstance("j301_1").orElseThrow().upperBound()).isEqualTo(43);

        PsplibOptima j120 = PsplibOptima.read(TestData.require("rcpsp/j120/optimum/optimum.csv"));
        assertThat(j120.all()).hasSize(600);
        assertThat(j120.all().values().stream().filter(PsplibOptima.Entry::optimal)).hasSize(86);
        assertThat(j120.all().values().stream().filter(e -> !e.optimal() && e.lowerBound().isPresent())).hasSize(98);
        assertThat(j120.all().values().stream().filter(e -> e.lowerBound().isEmpty())).hasSize(416);
        assertThat(j120.forInstance("j1201_1")).contains(new PsplibOptima.Entry("j1201_1", OptionalLong.of(104), 105));
    }

    @Test
    void readsTheHeuristicListInLatin1() throws IOException {
        HeuristicSolutions hrs = HeuristicSolutions.read(TestData.require("rcpsp/j120/j120hrs.sm"));
        PsplibOptima csv = PsplibOptima.read(TestData.require("rcpsp/j120/optimum/optimum.csv"));

        assertThat(hrs.all()).hasSize(600);
        assertThat(hrs.forInstance("j1201_1")).hasValue(105);
        assertThat(hrs.forInstance("j1201_2")).hasValue(109);
        assertThat(hrs.all()).allSatisfy((name, makespan) -> assertThat(makespan).isLessThanOrEqualTo(csv.forInstance(name).orElseThrow().upperBound()));
        assertThat(hrs.all().entrySet().stream().filter(e -> e.getValue() < csv.forInstance(e.getKey()).orElseThrow().upperBound())).hasSize(88);
    }

    @Test
    void namesLineAndFieldInTheHeuristicList() {
        String header = "solutionlist data/j120hrs.sm\n=====\nPar\tInst\tMakespan\tDate\t\t\t   Author\n=====\n";
        assertThatThrownBy(() -> HeuristicSolutions.parse("h.sm", header + "1\t1\tx\t\tsomeday  someone\n", "j120"))
                .isInstanceOf(InputFormatException.class).hasMessage("h.sm:5: Makespan: expected a non-negative integer, found 'x'");
        assertThatThrownBy(() -> HeuristicSolutions.parse("h.sm", header + "1 1 105\n", "j120"))
                .hasMessage("h.sm:5: row: expected tab-separated Par, Inst, Makespan, found 1 fields");
        assertThat(HeuristicSolutions.parse("h.sm", header + "2\t3\t99\t\tTue  Ann Ö\n", "j120").forInstance("j1202_3")).hasValue(99);
    }

    @Test
    void boundsFollowTheSpec() throws IOException {
        PsplibSet j30 = PsplibSet.load(TestData.require("rcpsp/j30"));
        Rcpsp j301_1 = SmReader.read(TestData.require("rcpsp/j30/j301_1.sm"));
        assertThat(j30.bounds(j301_1)).isEqualTo(new ReferenceBounds("j301_1", 38, 43, OptionalLong.of(43)));
        assertThat(j30.bounds(j301_1).optimumKnown()).isTrue();

        PsplibSet j120 = PsplibSet.load(TestData.require("rcpsp/j120"));
        Rcpsp j1201_1 = SmReader.read(TestData.require("rcpsp/j120/j1201_1.sm"));
        ReferenceBounds b = j120.bounds(j1201_1);
        assertThat(b.lowerBound()).isEqualTo(104);
        assertThat(b.upperBound()).hasValue(105);

        // an "..U" instance: LB is the critical path; UB* = min(hrs, csv)
        String open = PsplibOptima.read(TestData.require("rcpsp/j120/optimum/optimum.csv")).all().values().stream()
                .filter(e -> e.lowerBound().isEmpty()).findFirst().orElseThrow().instance();
        Rcpsp p = SmReader.read(TestData.require("rcpsp/j120/" + open + ".sm"));
        ReferenceBounds ob = j120.bounds(p);
        assertThat(ob.lowerBound()).isEqualTo(p.criticalPath().length());
        assertThat(ob.upperBound().getAsLong()).isEqualTo(Math.min(j120.heuristicSolutions().orElseThrow().forInstance(open).getAsLong(),
                j120.optima().orElseThrow().forInstance(open).orElseThrow().upperBound()));
        assertThat(Files.exists(j120.folder())).isTrue();
    }
}
