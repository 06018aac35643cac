package dev.gantry.cp.travel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.cp.explain.Enumeration;
import dev.gantry.cp.explain.ExplainOptions;
import dev.gantry.cp.explain.Explainer;
import dev.gantry.instances.TestData;
import dev.gantry.instances.travel.TravelInstance;
import dev.gantry.modeling.api.Backends;
import dev.gantry.modeling.api.Model;
import dev.gantry.modeling.api.SolveOptions;
import dev.gantry.modeling.api.Status;
import dev.gantry.modeling.spi.Backend;
import dev.gantry.modeling.travel.Cuisine;
import dev.gantry.modeling.travel.HouseRule;
import dev.gantry.modeling.travel.RoomType;
import dev.gantry.modeling.travel.TransportRestriction;
import dev.gantry.modeling.travel.TravelProblem;
import dev.gantry.modeling.travel.TravelQuery;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spec travel P4's property: on random variants of the one-city examples (seeded budgets, room types, house rules,
 * transport and cuisines), every MUS and every MCS MARCO enumerates equals the brute-force answer over all subsets of
 * the candidate groups, each subset decided by a fresh solve. A feasible variant has no MUS and one MCS, the empty set.
 */
class TravelExplainPropertyTest {
    private static final Backend CPSAT = Backends.get("cpsat");
    private static final SolveOptions CHECK = SolveOptions.builder().workers(1).seed(1).timeLimit(Duration.ofSeconds(20)).build();

    record RandomVariant(int seed, String example, TravelQuery query) {
        @Override
        public String toString() {
            return "seed " + seed + " from " + example + ": budget " + query.budget() + ", " + query.houseRule().map(HouseRule::label).orElse("-")
                    + ", " + query.roomType().map(RoomType::label).orElse("-") + ", " + query.transport().map(Enum::name).orElse("-") + ", "
                    + query.cuisines().stream().map(Cuisine::label).toList();
        }
    }

    static Stream<RandomVariant> variants() {
        String[] examples = {"01", "16", "31"};
        return IntStream.range(0, 12).mapToObj(seed -> {
            SplittableRandom random = new SplittableRandom(seed);
            String example = examples[seed % examples.length];
            TravelQuery q = load(example).query();
            TravelQuery v = q.withBudget((int) (q.budget() * (0.3 + 0.7 * random.nextDouble())))
                    .withHouseRule(pick(random, HouseRule.values()))
                    .withRoomType(pick(random, RoomType.values()))
                    .withTransport(pick(random, TransportRestriction.values()))
                    .withCuisines(random.nextInt(2) == 0 ? q.cuisines() : List.of(Cuisine.values()[random.nextInt(Cuisine.values().length)]));
            return new RandomVariant(seed, example, v);
        });
    }

    private static <T> Optional<T> pick(SplittableRandom random, T[] values) {
        int i = random.nextInt(values.length + 1);
        return i == values.length ? Optional.empty() : Optional.of(values[i]);
    }

    private static TravelInstance load(String example) {
        try {
            return TravelInstance.load(TestData.require("travel/examples/train_" + example), TravelInstance.SandboxSource.none());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void marcoFindsExactlyTheBruteForceConflictsAndCorrections(RandomVariant v) {
        TravelProblem tp = TravelProblem.of(v.query(), load(v.example()).sandbox());
        Model model = TravelExplainer.model(tp);
        List<String> candidates = TravelExplainer.candidates(tp, false);

        Enumeration marco = Explainer.of(CPSAT, ExplainOptions.defaults().withCheckTimeLimit(Duration.ofSeconds(20))
                .withTotalTimeLimit(Duration.ofSeconds(120)).withCandidates(candidates.toArray(String[]::new))).enumerate(model);

        List<Set<String>> feasible = new ArrayList<>();
        List<Set<String>> infeasible = new ArrayList<>();
        for (int mask = 0; mask < 1 << candidates.size(); mask++) {
            Set<String> kept = new HashSet<>();
            List<String> dropped = new ArrayList<>();
            for (int i = 0; i < candidates.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    kept.add(candidates.get(i));
                } else {
                    dropped.add(candidates.get(i));
                }
            }
            Status status = CPSAT.solve(model.without(dropped), CHECK).status();
            assertThat(status).isIn(Status.FEASIBLE, Status.OPTIMAL, Status.INFEASIBLE);
            (status == Status.INFEASIBLE ? infeasible : feasible).add(kept);
        }
        Set<Set<String>> muses = infeasible.stream().filter(s -> infeasible.stream().noneMatch(t -> t.size() < s.size() && s.containsAll(t)))
                .collect(Collectors.toSet());
        Set<Set<String>> mcses = feasible.stream().filter(s -> feasible.stream().noneMatch(t -> t.size() > s.size() && t.containsAll(s)))
                .map(s -> candidates.stream().filter(g -> !s.contains(g)).collect(Collectors.toSet()))
                .collect(Collectors.toSet());

        System.err.printf("travel property %s: %d MUSes, %d MCSes over %d groups%n", v, muses.size(), mcses.size(), candidates.size());
        assertThat(marco.complete()).isTrue();
        assertThat(marco.muses().stream().map(Set::copyOf).collect(Collectors.toSet())).isEqualTo(muses);
        assertThat(marco.mcses().stream().map(Set::copyOf).collect(Collectors.toSet())).isEqualTo(mcses);
    }
}
