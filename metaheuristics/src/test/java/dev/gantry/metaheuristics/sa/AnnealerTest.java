package dev.gantry.metaheuristics.sa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.metaheuristics.tsp.DistanceMatrix;
import dev.gantry.metaheuristics.tsp.TspAnnealing;
import dev.gantry.metaheuristics.tsp.TspMoves;
import dev.gantry.metaheuristics.tsp.TspStateTest;
import dev.gantry.modeling.api.CancellationToken;
import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AnnealerTest {
    private static final Tsp TSP = TspStateTest.randomTsp(120, 5, EdgeWeight.ROUNDED_EUCLIDEAN);
    private static final TspAnnealing PROBLEM = TspAnnealing.of(DistanceMatrix.of(TSP), TspMoves.NEIGHBOUR_TWO_OPT_AND_OR_OPT, 8);

    private static AnnealingConfig.Builder steps(long proposals) {
        return AnnealingConfig.builder(Termination.proposals(proposals)).start(Start.NAIVE);
    }

    @Test
    void aStepBudgetRunIsReproducibleWhateverTheWorkerCount() {
        AnnealingResult<Tour> one = Annealer.run(PROBLEM, steps(50_000).chains(3).workers(1).seed(9).build());
        AnnealingResult<Tour> two = Annealer.run(PROBLEM, steps(50_000).chains(3).workers(2).seed(9).build());
        assertThat(two.best()).isEqualTo(one.best());
        assertThat(two.chains().stream().map(ChainResult::bestObjective).toList())
                .isEqualTo(one.chains().stream().map(ChainResult::bestObjective).toList());
        assertThat(one.totalProposals()).isEqualTo(150_000);
        assertThat(one.chains()).allSatisfy(c -> assertThat(c.stopReason()).isEqualTo(StopReason.PROPOSAL_BUDGET));
    }

    @Test
    void differentSeedsGiveDifferentChains() {
        AnnealingResult<Tour> a = Annealer.run(PROBLEM, steps(20_000).seed(1).build());
        AnnealingResult<Tour> b = Annealer.run(PROBLEM, steps(20_000).seed(2).build());
        assertThat(a.chains().get(0).startObjective()).isNotEqualTo(b.chains().get(0).startObjective());
    }

    @Test
    void annealingImprovesOnTheStartAndTheBestIsTheReportedObjective() {
        AnnealingResult<Tour> r = Annealer.run(PROBLEM, steps(200_000).build());
        ChainResult chain = r.chains().get(0);
        assertThat(r.bestObjective()).isLessThan(chain.startObjective() * 0.3);
        assertThat(r.best().length(TSP)).isEqualTo(r.bestObjective());
        assertThat(chain.calibrationProposals()).isEqualTo(2 * 2000);
        assertThat(chain.startTemperature()).isGreaterThan(chain.endTemperature());
        assertThat(chain.endTemperature()).isCloseTo(chain.startTemperature() * 1e-3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(chain.moves()).extracting(MoveStats::moveType).containsExactly("2-opt", "or-opt");
        assertThat(chain.moves().stream().mapToLong(MoveStats::proposed).sum()).isEqualTo(200_000);
    }

    @Test
    void theTraceStartsAtTheStartAndEndsAtTheBestEvenWhenThinned() throws Exception {
        AnnealingResult<Tour> r = Annealer.run(PROBLEM, steps(200_000).traceCapacity(16).build());
        ImprovementTrace trace = r.chains().get(0).trace();
        assertThat(trace.size()).isLessThanOrEqualTo(16);
        assertThat(trace.objective(0)).isEqualTo(r.chains().get(0).startObjective());
        assertThat(trace.moveType(0)).isEqualTo("start");
        assertThat(trace.objective(trace.size() - 1)).isEqualTo(r.bestObjective());
        double[] objectives = trace.objectives();
        for (int i = 1; i < objectives.length; i++) {
            assertThat(objectives[i]).isLessThan(objectives[i - 1]);
        }
        StringWriter csv = new StringWriter();
        trace.writeCsv(csv, true);
        assertThat(csv.toString()).startsWith("proposal,elapsed_ns,objective,temperature,move,chain\n0,0,");
    }

    @Test
    void aTimeBudgetStopsOnTheClock() {
        AnnealingResult<Tour> r = Annealer.run(PROBLEM, AnnealingConfig.builder(Termination.time(Duration.ofMillis(300))).build());
        assertThat(r.chains().get(0).stopReason()).isEqualTo(StopReason.TIME_BUDGET);
        // the budget is wall-clock from the run's start: set-up and calibration are inside it
        assertThat(r.wallNanos()).isBetween(300_000_000L, 5_000_000_000L);
        assertThat(r.chains().get(0).searchNanos()).isLessThanOrEqualTo(r.wallNanos());
    }

    @Test
    void theTargetStopsTheRunWithoutBendingTheSchedule() {
        AnnealingResult<Tour> full = Annealer.run(PROBLEM, steps(100_000).build());
        double reachable = full.chains().get(0).startObjective() * 0.6;
        AnnealingResult<Tour> r = Annealer.run(PROBLEM, AnnealingConfig.builder(Termination.proposals(100_000).withTarget(reachable))
                .start(Start.NAIVE).build());
        ChainResult chain = r.chains().get(0);
        assertThat(chain.stopReason()).isEqualTo(StopReason.TARGET_REACHED);
        assertThat(chain.bestObjective()).isLessThanOrEqualTo(reachable);
        assertThat(chain.proposals()).isLessThan(100_000);
        // same seed, same schedule: the trace of the early-stopped run is a prefix of the full run's
        assertThat(full.chains().get(0).trace().objective(1)).isEqualTo(chain.trace().objective(1));
    }

    @Test
    void stagnationEndsAChainThatStopsImproving() {
        AnnealingResult<Tour> r = Annealer.run(PROBLEM, AnnealingConfig.builder(Termination.proposals(5_000_000).withStagnation(20_000))
                .temperatures(new Temperatures.Fixed(1e-6, 1e-7)).build());
        assertThat(r.chains().get(0).stopReason()).isEqualTo(StopReason.STAGNATION);
        assertThat(r.chains().get(0).proposals()).isLessThan(5_000_000);
    }

    @Test
    void cancellationReturnsTheBestSoFarAndTheListenerHearsOfIt() {
        CancellationToken cancel = new CancellationToken();
        List<Double> heard = new ArrayList<>();
        AnnealingListener<Tour> listener = (chain, tour, objective, proposals) -> {
            synchronized (heard) {
                heard.add(objective);
            }
            cancel.cancel();
        };
        AnnealingResult<Tour> r = Annealer.run(PROBLEM, AnnealingConfig.builder(Termination.time(Duration.ofSeconds(30))).build(),
                Optional.empty(), listener, cancel);
        assertThat(r.cancelled()).isTrue();
        assertThat(r.chains().get(0).searchNanos()).isLessThan(10_000_000_000L);
        assertThat(heard).last().isEqualTo(r.bestObjective());
        assertThat(r.best().length(TSP)).isEqualTo(r.bestObjective());
    }

    @Test
    void aWarmStartBeginsAtTheGivenSolution() {
        Tour start = Annealer.run(PROBLEM, steps(100_000).build()).best();
        AnnealingResult<Tour> r = Annealer.run(PROBLEM, steps(1_000).temperatures(new Temperatures.Fixed(1e-9, 1e-10)).build(),
                Optional.of(start), AnnealingListener.none(), new CancellationToken());
        assertThat(r.chains().get(0).startObjective()).isEqualTo(start.length(TSP));
        assertThat(r.bestObjective()).isLessThanOrEqualTo(start.length(TSP));
    }

    @Test
    void reheatingRaisesTheTemperatureAfterAStagnationWindow() {
        AnnealingResult<Tour> r = Annealer.run(PROBLEM, steps(300_000).reheat(new Reheat(20_000, 5, true)).build());
        assertThat(r.chains().get(0).reheats()).isPositive();
        assertThat(r.best().length(TSP)).isEqualTo(r.bestObjective());
    }

    @Test
    void adaptivePoliciesShiftProbabilityAndStayValid() {
        for (MoveSelection policy : List.of(new MoveSelection.EpsilonGreedy(0.1, 500, 0.3), new MoveSelection.Ucb1(0.5, 500, 0.3),
                new MoveSelection.AdaptivePursuit(0.1, 0.3, 500, 0.3))) {
            AnnealingResult<Tour> r = Annealer.run(PROBLEM, steps(100_000).moveSelection(policy).build());
            List<MoveStats> moves = r.chains().get(0).moves();
            assertThat(moves.stream().mapToDouble(MoveStats::finalProbability).sum()).isCloseTo(1.0,
                    org.assertj.core.data.Offset.offset(1e-9));
            assertThat(moves).allSatisfy(m -> assertThat(m.proposed()).isPositive());
            assertThat(r.best().length(TSP)).isEqualTo(r.bestObjective());
        }
    }

    @Test
    void fixedWeightsMustMatchTheMoveTypes() {
        assertThatThrownBy(() -> Annealer.run(PROBLEM, steps(10).moveSelection(new MoveSelection.Fixed(List.of(1.0))).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1 weights for 2 move types");
        AnnealingResult<Tour> onlyTwoOpt = Annealer.run(PROBLEM, steps(10_000).moveSelection(new MoveSelection.Fixed(List.of(1.0, 0.0))).build());
        assertThat(onlyTwoOpt.chains().get(0).moves().get(1).proposed()).isZero();
    }

    @Test
    void linearCoolingRunsToItsEndTemperature() {
        AtomicInteger calls = new AtomicInteger();
        AnnealingResult<Tour> r = Annealer.run(PROBLEM, steps(50_000).cooling(Cooling.LINEAR).build(), Optional.empty(),
                (c, t, o, p) -> calls.incrementAndGet(), new CancellationToken());
        assertThat(r.chains().get(0).trace().temperature(r.chains().get(0).trace().size() - 1))
                .isLessThan(r.chains().get(0).startTemperature());
        assertThat(calls.get()).isPositive();
    }

    @Test
    void oneChainReachingTheTargetStopsTheOthers() {
        AnnealingResult<Tour> full = Annealer.run(PROBLEM, steps(100_000).build());
        double reachable = full.chains().get(0).startObjective() * 0.6;
        AnnealingResult<Tour> r = Annealer.run(PROBLEM, AnnealingConfig.builder(Termination.time(Duration.ofSeconds(30)).withTarget(reachable))
                .start(Start.NAIVE).chains(2).workers(2).build());
        assertThat(r.bestObjective()).isLessThanOrEqualTo(reachable);
        assertThat(r.chains()).allSatisfy(c -> assertThat(c.stopReason()).isEqualTo(StopReason.TARGET_REACHED));
        assertThat(r.wallNanos()).isLessThan(10_000_000_000L);
    }

    @Test
    void checkpointsFallOnOneTwoFiveDecades() {
        AnnealingResult<Tour> r = Annealer.run(PROBLEM, steps(60_000).build());
        List<Checkpoint> checkpoints = r.chains().get(0).checkpoints();
        assertThat(checkpoints).extracting(Checkpoint::proposal)
                .containsExactly(1L, 2L, 5L, 10L, 20L, 50L, 100L, 200L, 500L, 1_000L, 2_000L, 5_000L, 10_000L, 20_000L, 50_000L);
        assertThat(checkpoints).allSatisfy(c -> {
            assertThat(c.best()).isLessThanOrEqualTo(c.current());
            assertThat(c.acceptanceRatio()).isBetween(0.0, 1.0);
            assertThat(c.moveProbabilities()).hasSize(2);
        });
        assertThat(checkpoints.get(checkpoints.size() - 1).best()).isGreaterThanOrEqualTo(r.bestObjective());
    }

    @Test
    void steeringFollowsTheTargetAcceptanceRatioDownwards() {
        AnnealingResult<Tour> r = Annealer.run(PROBLEM, steps(400_000).start(Start.NAIVE)
                .steering(new AcceptanceSteering(0.5, 0.001, 500)).build());
        List<Checkpoint> checkpoints = r.chains().get(0).checkpoints();
        Checkpoint early = checkpoints.stream().filter(c -> c.proposal() == 10_000).findFirst().orElseThrow();
        Checkpoint late = checkpoints.get(checkpoints.size() - 1);
        // the window of 500 uphill proposals cannot resolve ratios below 1/500, so cooling levels off there
        assertThat(late.temperature()).isLessThan(early.temperature() / 5);
        assertThat(r.best().length(TSP)).isEqualTo(r.bestObjective());
        assertThat(r.bestObjective()).isLessThan(r.chains().get(0).startObjective() * 0.3);
    }
}
