package dev.gantry.cp.choco;

import static org.assertj.core.api.Assertions.assertThat;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.constraints.nary.automata.FA.CostAutomaton;
import org.chocosolver.solver.constraints.nary.automata.FA.FiniteAutomaton;
import org.chocosolver.solver.variables.IntVar;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

/**
 * R23: Choco was built against jgrapht-core 1.4.0 and uses it in regular and costRegular; Gantry pins 1.5.x.
 * Both constraints must still post and solve.
 */
class ChocoJGraphTCompatibilityTest {

    @Test
    void theClassPathHoldsJGraphT15() {
        assertThat(Graph.class.getProtectionDomain().getCodeSource().getLocation().getPath()).contains("jgrapht-core-1.5.");
    }

    @Test
    void regularCountsTheWordsOfItsLanguage() {
        Model m = new Model("regular");
        IntVar[] x = m.intVarArray("x", 5, 0, 1);
        m.regular(x, new FiniteAutomaton("0*1+0*")).post();
        Solver s = m.getSolver();
        int words = 0;
        while (s.solve()) {
            words++;
        }
        // 0^a 1^b 0^c with a + b + c = 5 and b >= 1: C(7,2) - 6 = 15 words
        assertThat(words).isEqualTo(15);
    }

    @Test
    void costRegularFindsTheCheapestWord() {
        Model m = new Model("costRegular");
        IntVar[] x = m.intVarArray("x", 5, 0, 1);
        IntVar cost = m.intVar("cost", 0, 5);
        int[][] costs = new int[5][2];
        for (int i = 0; i < 5; i++) {
            costs[i][1] = i + 1; // a 1 at position i costs i + 1
        }
        m.costRegular(x, cost, CostAutomaton.makeSingleResource(new FiniteAutomaton("0*1+0*"), costs, 0, 5)).post();
        m.setObjective(Model.MINIMIZE, cost);
        Solver s = m.getSolver();
        int best = -1;
        while (s.solve()) {
            best = cost.getValue();
        }
        assertThat(best).isEqualTo(1);
    }
}
