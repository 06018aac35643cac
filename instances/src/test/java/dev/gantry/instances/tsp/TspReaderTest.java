package dev.gantry.instances.tsp;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.api.InputFormatException;
import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tsp;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TspReaderTest {
    private static final String HEADER = "NAME : tiny\nTYPE: TSP\nCOMMENT : a square\nDIMENSION : 4\n"
            + "EDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n";

    @Test
    void readsBothHeaderStylesNodesInAnyOrderAndEveryNumberNotation() {
        String text = HEADER + "2 3 0\n1 0 0\n 4   0.0   4e0\n3 3.0E+00 4.000\nEOF\n";

        Tsp tsp = TspReader.parse("dir/square.tsp", text);

        assertThat(tsp.name()).isEqualTo("tiny");
        assertThat(tsp.edgeWeight()).isEqualTo(EdgeWeight.ROUNDED_EUCLIDEAN);
        assertThat(tsp.x()).containsExactly(0, 3, 3, 0);
        assertThat(tsp.y()).containsExactly(0, 0, 4, 4);
        assertThat(tsp.distance(0, 2)).isEqualTo(5);
    }

    @Test
    void eofIsOptionalAndTheFileNameStandsInForAMissingName() {
        String text = "TYPE : TSP\nDIMENSION : 3\nEDGE_WEIGHT_TYPE : EUC_2D\nNODE_COORD_SECTION\n1 0 0\n2 1 0\n3 0 1";

        Tsp tsp = TspReader.parse("dir/tri.tsp", text);

        assertThat(tsp.name()).isEqualTo("tri");
        assertThat(tsp.size()).isEqualTo(3);
    }

    @Test
    void readsEveryStagedInstanceWithTheSizeAndNameOfOptimaCsv() throws IOException {
        Path folder = TestData.require("tsp");
        TspOptima optima = TspOptima.read(folder.resolve("optima.csv"));
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".tsp")).sorted().toList();
        }

        assertThat(files).hasSize(11);
        for (Path file : files) {
            Tsp tsp = TspReader.read(file);
            assertThat(optima.forInstance(tsp.name())).as(file.toString()).isPresent();
            assertThat(tsp.size()).as(file.toString()).isEqualTo(optima.forInstance(tsp.name()).get().cities());
        }
    }

    /**
     * The length of the identity tour 1, 2, …, n, 1 of each staged file, computed outside Gantry with a few lines of
     * Python from the raw coordinates: a check of the coordinates the reader returns, city order included.
     */
    @Test
    void identityTourLengthsMatchAnOutsideComputation() throws IOException {
        Map<String, Long> expected = Map.ofEntries(Map.entry("a280", 2808L), Map.entry("berlin52", 22205L),
                Map.entry("ch150", 52814L), Map.entry("eil101", 2062L), Map.entry("eil51", 1308L),
                Map.entry("eil76", 1969L), Map.entry("kroA100", 191387L), Map.entry("kroA200", 373938L),
                Map.entry("lin318", 119872L), Map.entry("st70", 3410L), Map.entry("u1060", 260174L));
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            Tsp tsp = TspReader.read(TestData.require("tsp/" + e.getKey() + ".tsp"));
            double length = 0;
            for (int i = 0; i < tsp.size(); i++) {
                length += tsp.distance(i, (i + 1) % tsp.size());
            }
            assertThat(length).as(e.getKey()).isEqualTo(e.getValue().doubleValue());
        }
    }

    @Test
    void readsScientificCoordinatesOfU1060() throws IOException {
        Tsp u1060 = TspReader.read(TestData.require("tsp/u1060.tsp"));

        assertThat(u1060.size()).isEqualTo(1060);
        assertThat(u1060.x(0)).isEqualTo(4003.2);
        assertThat(u1060.y(0)).isEqualTo(2997.9);
        assertThat(u1060.x(1059)).isEqualTo(4153.31);
        assertThat(u1060.y(1059)).isEqualTo(3147.79);
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> TspReader.parse("e.tsp", ""))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("e.tsp: header: the file is empty; expected TSPLIB header lines such as 'TYPE : TSP'");
        assertThatThrownBy(() -> TspReader.parse("e.tsp", "NAME: x\n"))
                .hasMessage("e.tsp:1: NODE_COORD_SECTION: missing; the file ends before the node coordinates");
    }

    @Test
    void rejectsOtherEdgeWeightTypesAndProblemTypesByName() {
        assertThatThrownBy(() -> TspReader.parse("g.tsp", HEADER.replace("EUC_2D", "GEO") + "1 0 0\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("g.tsp:5: EDGE_WEIGHT_TYPE: unsupported edge weight type 'GEO'; only EUC_2D is accepted");
        assertThatThrownBy(() -> TspReader.parse("a.tsp", HEADER.replace("TYPE: TSP", "TYPE: ATSP")))
                .hasMessage("a.tsp:2: TYPE: unsupported type 'ATSP'; only symmetric TSP instances (TYPE : TSP) "
                        + "are accepted");
        assertThatThrownBy(() -> TspReader.parse("m.tsp", "TYPE: TSP\nDIMENSION: 3\nEDGE_WEIGHT_TYPE: EXPLICIT\n"
                + "EDGE_WEIGHT_FORMAT: FULL_MATRIX\nEDGE_WEIGHT_SECTION\n0 1 2\n"))
                .hasMessage("m.tsp:4: EDGE_WEIGHT_FORMAT: unknown header key; expected one of NAME, TYPE, COMMENT, "
                        + "DIMENSION, EDGE_WEIGHT_TYPE, NODE_COORD_TYPE, DISPLAY_DATA_TYPE");
        assertThatThrownBy(() -> TspReader.parse("s.tsp", "TYPE: TSP\nEDGE_WEIGHT_SECTION\n"))
                .hasMessage("s.tsp:2: EDGE_WEIGHT_SECTION: this reader accepts only NODE_COORD_SECTION data "
                        + "(EUC_2D instances)");
        assertThatThrownBy(() -> TspReader.parse("n.tsp", "NAME: n\nDIMENSION: 3\nNODE_COORD_SECTION\n1 0 0\n"))
                .hasMessage("n.tsp:3: TYPE: missing before NODE_COORD_SECTION; expected 'TYPE : TSP'");
    }

    @Test
    void rejectsANonNumericCoordinateNamingNodeAndAxis() {
        assertThatThrownBy(() -> TspReader.parse("c.tsp", HEADER + "1 0 0\n2 3 O\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("c.tsp:8: node 2 y: expected a number, found 'O'");
        assertThatThrownBy(() -> TspReader.parse("c.tsp", HEADER + "1 NaN 0\n"))
                .hasMessage("c.tsp:7: node 1 x: expected a number, found 'NaN'");
        assertThatThrownBy(() -> TspReader.parse("c.tsp", HEADER + "1 1e999 0\n"))
                .hasMessage("c.tsp:7: node 1 x: the number '1e999' is out of range");
        assertThatThrownBy(() -> TspReader.parse("c.tsp", HEADER + "1 0\n"))
                .hasMessage("c.tsp:7: NODE_COORD_SECTION: expected 'id x y', found 2 tokens: '1 0'");
    }

    @Test
    void rejectsADimensionThatDoesNotMatchTheNodes() {
        assertThatThrownBy(() -> TspReader.parse("d.tsp", HEADER + "1 0 0\n2 1 0\n3 1 1\nEOF\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("d.tsp:10: NODE_COORD_SECTION: DIMENSION (line 4) announces 4 nodes, found only 3");
        assertThatThrownBy(() -> TspReader.parse("d.tsp", HEADER + "1 0 0\n2 1 0\n3 1 1"))
                .hasMessage("d.tsp:9: NODE_COORD_SECTION: DIMENSION (line 4) announces 4 nodes, found only 3");
        // An absurd DIMENSION fails the same way, without allocating for it.
        assertThatThrownBy(() -> TspReader.parse("d.tsp", HEADER.replace(": 4", ": 999999999") + "1 0 0\n"))
                .hasMessage("d.tsp:7: NODE_COORD_SECTION: DIMENSION (line 4) announces 999999999 nodes, found only 1");
        assertThatThrownBy(() -> TspReader.parse("d.tsp", HEADER + "1 0 0\n2 1 0\n3 1 1\n4 0 1\n5 2 2\nEOF\n"))
                .hasMessage("d.tsp:11: NODE_COORD_SECTION: more nodes than the 4 that DIMENSION (line 4) announces");
        assertThatThrownBy(() -> TspReader.parse("d.tsp", HEADER.replace(": 4", ": four")))
                .hasMessage("d.tsp:4: DIMENSION: expected a node count, found 'four'");
        assertThatThrownBy(() -> TspReader.parse("d.tsp", HEADER.replace("DIMENSION : 4\n", "")))
                .hasMessage("d.tsp:5: DIMENSION: missing before NODE_COORD_SECTION; expected 'DIMENSION : <node count>'");
    }

    @Test
    void rejectsNodeIdsOutsideTheRangeOrRepeated() {
        assertThatThrownBy(() -> TspReader.parse("i.tsp", HEADER + "0 0 0\n"))
                .isInstanceOf(InputFormatException.class)
                .hasMessage("i.tsp:7: node id: node 0 is outside 1..4 (DIMENSION 4)");
        assertThatThrownBy(() -> TspReader.parse("i.tsp", HEADER + "1 0 0\n2 1 0\n1 1 1\n4 0 1\n"))
                .hasMessage("i.tsp:9: node id: node 1 appears twice (first at line 7)");
        assertThatThrownBy(() -> TspReader.parse("i.tsp", HEADER + "1.0 0 0\n"))
                .hasMessage("i.tsp:7: node id: expected a non-negative integer, found '1.0'");
    }

    @Test
    void rejectsDataAfterEofAndRepeatedHeaderKeys() {
        assertThatThrownBy(() -> TspReader.parse("x.tsp", HEADER + "1 0 0\n2 1 0\n3 1 1\n4 0 1\nEOF\n5 5 5\n"))
                .hasMessage("x.tsp:12: end of file: unexpected data after EOF");
        assertThatThrownBy(() -> TspReader.parse("x.tsp", "DIMENSION: 3\n" + HEADER))
                .hasMessage("x.tsp:5: DIMENSION: given twice (first at line 1)");
    }
}
