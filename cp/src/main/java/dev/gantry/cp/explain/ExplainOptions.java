package dev.gantry.cp.explain;

import dev.gantry.modeling.api.Group;
import dev.gantry.modeling.api.Model;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to explain.
 *
 * @param checkTimeLimit  limit of one check (and a quarter of the limit of one optimisation)
 * @param totalTimeLimit  limit of the whole explanation, repairs included
 * @param candidates      the groups that may be blamed: a name matches itself and the groups below it ({@code machine}
 *                        matches {@code machine/M2}); empty means every group. Other groups stay enforced, like the
 *                        background
 * @param preference      a preference order for QuickXplain (E6): earlier groups are preferred in the explanation; empty
 *                        means deletion-based MUS (E5), trying groups with the most variables first
 * @param workers         workers of the optimisations (correction set, repair); checks always run on one worker
 * @param seed            the solver seed
 * @param enumerate       also list every MUS and every MCS (MARCO), when there are at most {@code enumerateLimit} candidates
 * @param enumerateLimit  the largest candidate set enumerated
 */
public record ExplainOptions(Duration checkTimeLimit, Duration totalTimeLimit, List<String> candidates, List<String> preference,
                             int workers, long seed, boolean enumerate, int enumerateLimit) {
    public ExplainOptions {
        Objects.requireNonNull(checkTimeLimit, "checkTimeLimit");
        Objects.requireNonNull(totalTimeLimit, "totalTimeLimit");
        if (checkTimeLimit.isZero() || checkTimeLimit.isNegative() || totalTimeLimit.isZero() || totalTimeLimit.isNegative()) {
            throw new IllegalArgumentException("time limits must be positive, got " + checkTimeLimit + " and " + totalTimeLimit);
        }
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        candidates = List.copyOf(candidates);
        preference = List.copyOf(preference);
    }

    /** 5 s per check, 60 s in all, every group a candidate, deletion-based MUS, 2 workers, no enumeration. */
    public static ExplainOptions defaults() {
        return new ExplainOptions(Duration.ofSeconds(5), Duration.ofSeconds(60), List.of(), List.of(), 2, 1, false, 16);
    }

    public ExplainOptions withCheckTimeLimit(Duration limit) {
        return new ExplainOptions(limit, totalTimeLimit, candidates, preference, workers, seed, enumerate, enumerateLimit);
    }

    public ExplainOptions withTotalTimeLimit(Duration limit) {
        return new ExplainOptions(checkTimeLimit, limit, candidates, preference, workers, seed, enumerate, enumerateLimit);
    }

    public ExplainOptions withCandidates(String... names) {
        return new ExplainOptions(checkTimeLimit, totalTimeLimit, List.of(names), preference, workers, seed, enumerate, enumerateLimit);
    }

    public ExplainOptions withPreference(String... names) {
        return new ExplainOptions(checkTimeLimit, totalTimeLimit, candidates, List.of(names), workers, seed, enumerate, enumerateLimit);
    }

    public ExplainOptions withWorkers(int count) {
        return new ExplainOptions(checkTimeLimit, totalTimeLimit, candidates, preference, count, seed, enumerate, enumerateLimit);
    }

    public ExplainOptions withEnumeration(boolean on) {
        return new ExplainOptions(checkTimeLimit, totalTimeLimit, candidates, preference, workers, seed, on, enumerateLimit);
    }

    /** Whether {@code group} may be blamed. */
    public boolean isCandidate(Group group) {
        return candidates.isEmpty() || candidates.stream().anyMatch(c -> matches(c, group.name()));
    }

    /** The candidate groups of a model, in model order. */
    List<Group> candidatesIn(Model model) {
        return model.groups().stream().filter(this::isCandidate).filter(g -> !model.constraintsOf(g).isEmpty()).toList();
    }

    /** The rank of a group in the preference order (a name matches the groups below it); unlisted groups come last. */
    int preferenceRank(Group group) {
        for (int i = 0; i < preference.size(); i++) {
            if (matches(preference.get(i), group.name())) {
                return i;
            }
        }
        return preference.size();
    }

    private static boolean matches(String pattern, String name) {
        return name.equals(pattern) || name.startsWith(pattern + "/");
    }
}
