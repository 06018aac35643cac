package dev.gantry.cp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.Constraints;
import dev.gantry.modeling.api.Decision;
import dev.gantry.modeling.api.IntVar;
import dev.gantry.modeling.api.IntervalVar;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.ModelBuilder;
import dev.gantry.modeling.api.ReferenceSemantics;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.SolveResult;
import dev.gantry.modeling.api.Status;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java DSL example of README.md, verbatim but for the backend id, so the front door never lies. */
class ReadmeExampleTest {

    @ParameterizedTest
    @ValueSource(strings = {"cpsat", "choco"})
    void theReadmeJobShopSolvesToTheSameOptimumOnBothBackends(String backend) {
        ModelBuilder m = Model.builder("jobshop-3x3");
        int[][] mach = {{0, 1, 2}, {0, 2, 1}, {1, 2, 0}};
        int[][] dur  = {{3, 2, 2}, {2, 1, 4}, {4, 3, 1}};
        IntervalVar[][] op = new IntervalVar[3][3];
        for (int j = 0; j < 3; j++)
            for (int k = 0; k < 3; k++) {
                op[j][k] = m.interval("J" + j + ".O" + k).start(0, 22).size(dur[j][k]).build();
                if (k > 0) m.group("order/J" + j).label("Job J" + j + " keeps its operation order")
                            .add(op[j][k].start().ge(op[j][k - 1].end()));
            }
        for (int mc = 0; mc < 3; mc++) {
            List<IntervalVar> on = new ArrayList<>();
            for (int j = 0; j < 3; j++) for (int k = 0; k < 3; k++) if (mach[j][k] == mc) on.add(op[j][k]);
            m.group("machine/M" + mc).label("Machine M" + mc + " does one job at a time")
             .add(Constraints.noOverlap(on));
        }
        IntVar makespan = m.intVar("makespan", 0, 22);
        m.add(Constraints.maxOf(makespan, op[0][2].end(), op[1][2].end(), op[2][2].end()));
        m.minimize(makespan);
        Model model = m.build();

        List<Long> seen = new ArrayList<>();
        SolveResult r = Backends.get(backend).solve(model, SolveOptions.builder()
                .timeLimit(Duration.ofSeconds(10)).workers(2).seed(1)
                .onSolution((sol, p) -> { seen.add(p.objectiveValue()); return Decision.CONTINUE; })
                .build());

        assertThat(r.status()).isEqualTo(Status.OPTIMAL);
        // 11: proven by CP-SAT and by Choco independently (J2 alone takes 8; M2 and M0 interleave the rest)
        assertThat(r.objective()).isEqualTo(11);
        assertThat(r.bestBound()).hasValue(11);
        assertThat(seen).isNotEmpty().last().isEqualTo(11L);
        assertThat(ReferenceSemantics.check(r.solution())).isEmpty();
    }
}
