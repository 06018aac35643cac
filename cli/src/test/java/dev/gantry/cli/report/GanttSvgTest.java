package dev.gantry.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GanttSvgTest {
    @Test
    void ticksAreRoundAndFew() {
        assertThat(GanttSvg.tickStep(10)).isEqualTo(1);
        assertThat(GanttSvg.tickStep(55)).isEqualTo(5);
        assertThat(GanttSvg.tickStep(930)).isEqualTo(100);
        assertThat(GanttSvg.tickStep(1300)).isEqualTo(200);
    }

    @Test
    void rendersRowsBarsAndEscapedTooltips() {
        GanttSvg chart = new GanttSvg("demo <1>");
        int m0 = chart.addRow("M0");
        chart.addBar(new GanttSvg.Bar(m0, 0, 10, 0, "J0", "J0.O0 & more"));
        String svg = chart.render();
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>\n")
                .contains("demo &lt;1&gt;").contains("<title>J0.O0 &amp; more</title>").contains(">M0</text>");
    }
}
