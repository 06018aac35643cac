package dev.gantry.heuristics.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.gantry.heuristics.evaluation.EvaluationReport;
import dev.gantry.heuristics.evaluation.HeuristicEvaluation;
import dev.gantry.heuristics.evaluation.HeuristicEvaluation.Case;
import dev.gantry.heuristics.evaluation.HeuristicEvaluation.Verdict;
import dev.gantry.heuristics.smtt.SequencingHeuristic;
import dev.gantry.instances.jobshop.BundledInstances;
import dev.gantry.modeling.jobshop.JobShop;
import dev.gantry.modeling.jobshop.JobShopHeuristic;
import dev.gantry.modeling.jobshop.JobShopSchedule;
import dev.gantry.modeling.smtt.SingleMachineTardiness;
import dev.gantry.verify.VerificationReport;
import dev.gantry.verify.jobshop.JobShopVerifier;
import dev.gantry.verify.smtt.SequenceVerifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plug-ins compiled and jarred in the test, loaded by class name, and evaluated with the independent verifiers. */
class HeuristicPluginsTest {
    @TempDir
    static Path dir;

    static Path jar;

    @BeforeAll
    static void buildJar() throws Exception {
        jar = PluginJars.all(dir);
    }

    @Test
    void aJobShopPluginLoadsAndItsVerifiedGapsAreExact() throws Exception {
        JobShopHeuristic serial = HeuristicPlugins.load(jar, "plug.Serial", JobShopHeuristic.class);
        assertThat(serial.id()).isEqualTo("serial");
        JobShop ft06 = BundledInstances.jobShop("ft06").orElseThrow();
        JobShop la01 = BundledInstances.jobShop("la01").orElseThrow();
        // makespan = sum of all durations: 197 on ft06 (optimum 55), 2849 on la01 (optimum 666)
        EvaluationReport report = HeuristicEvaluation.evaluate(serial.id(), List.of(new Case<>("ft06", "6x6", ft06, 55, true),
                new Case<>("la01", "10x5", la01, 666, true)), shop -> serial.schedule(shop, 1), HeuristicPluginsTest::verdict);
        assertThat(report.cases()).extracting(EvaluationReport.CaseResult::objective).containsExactly(197L, 2849L);
        assertThat(report.cases().get(0).gapPercent()).isCloseTo(100.0 * 142 / 55, within(1e-9));
        assertThat(report.cases().get(1).gapPercent()).isCloseTo(100.0 * 2183 / 666, within(1e-9));
        assertThat(report.overall().meanGapPercent()).isCloseTo((100.0 * 142 / 55 + 100.0 * 2183 / 666) / 2, within(1e-9));
        assertThat(report.groups()).extracting(EvaluationReport.Summary::group).containsExactly("6x6", "10x5");
        assertThat(report.allVerified()).isTrue();
    }

    @Test
    void anInvalidPluginPlanIsReportedNotCounted() {
        JobShopHeuristic bad = HeuristicPlugins.load(jar, "plug.AllAtZero", JobShopHeuristic.class);
        JobShop ft06 = BundledInstances.jobShop("ft06").orElseThrow();
        EvaluationReport report = HeuristicEvaluation.evaluate(bad.id(), List.of(new Case<>("ft06", "6x6", ft06, 55, true)),
                shop -> bad.schedule(shop, 1), HeuristicPluginsTest::verdict);
        assertThat(report.allVerified()).isFalse();
        assertThat(report.cases().get(0).objective()).isNull();
        assertThat(report.cases().get(0).violation()).isNotBlank();
        assertThat(report.overall().meanGapPercent()).isNull();
        assertThat(report.table()).contains("INVALID");
    }

    @Test
    void aSequencingPluginLoadsAndItsGapIsExact() {
        SequencingHeuristic byIndex = HeuristicPlugins.load(jar, "plug.ByIndex", SequencingHeuristic.class);
        // in index order: completions 4, 5, tardiness 3 + 3 = 6; the optimum (job 1 first) is 0 + 4 = 4: gap 50 %
        SingleMachineTardiness two = new SingleMachineTardiness("two", new int[] {4, 1}, new int[] {1, 1}, new int[] {1, 2});
        EvaluationReport report = HeuristicEvaluation.evaluate(byIndex.id(), List.of(new Case<>("two", "n=2", two, 4, true)),
                byIndex::sequence, (i, s) -> verdict(SequenceVerifier.verify(i, s)));
        assertThat(report.cases().get(0).objective()).isEqualTo(6);
        assertThat(report.cases().get(0).gapPercent()).isEqualTo(50.0);
    }

    @Test
    void everyFailureNamesTheJarAndTheClass() {
        assertThatThrownBy(() -> HeuristicPlugins.load(dir.resolve("missing.jar"), "plug.Serial", JobShopHeuristic.class))
                .isInstanceOf(PluginException.class).hasMessage("plug-in JAR " + dir.resolve("missing.jar") + " does not exist");
        assertThatThrownBy(() -> HeuristicPlugins.load(jar, "plug.Nope", JobShopHeuristic.class))
                .isInstanceOf(PluginException.class).hasMessage("cannot load plug.Nope from " + jar + ": no such class");
        assertThatThrownBy(() -> HeuristicPlugins.load(jar, "plug.NotAHeuristic", JobShopHeuristic.class))
                .isInstanceOf(PluginException.class)
                .hasMessage("plug.NotAHeuristic from " + jar + " does not implement dev.gantry.modeling.jobshop.JobShopHeuristic");
        assertThatThrownBy(() -> HeuristicPlugins.load(jar, "plug.Serial", SequencingHeuristic.class))
                .isInstanceOf(PluginException.class).hasMessageContaining("does not implement dev.gantry.heuristics.smtt.SequencingHeuristic");
        assertThatThrownBy(() -> HeuristicPlugins.load(jar, "plug.Throwing", JobShopHeuristic.class))
                .isInstanceOf(PluginException.class)
                .hasMessage("the constructor of plug.Throwing from " + jar + " threw java.lang.IllegalStateException: no model file");
    }

    @Test
    void aFileThatIsNotAJarIsRejected() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.jar"), "not a jar");
        assertThatThrownBy(() -> HeuristicPlugins.load(text, "plug.Serial", JobShopHeuristic.class))
                .isInstanceOf(PluginException.class).hasMessageStartingWith("plug-in JAR " + text + " is not a readable JAR");
    }

    private static Verdict verdict(JobShop shop, JobShopSchedule plan) {
        return verdict(JobShopVerifier.verify(plan));
    }

    private static Verdict verdict(VerificationReport report) {
        return report.valid() ? Verdict.valid(report.objective().longValue()) : Verdict.invalid(report.violations().toString());
    }
}
