package dev.gantry.metaheuristics.tsp;

import dev.gantry.metaheuristics.sa.AnnealingState;
import dev.gantry.metaheuristics.sa.MoveTypes;
import dev.gantry.modeling.tsp.Tour;
import java.util.SplittableRandom;

/**
 * A tour as an array plus each city's position. Moves are edge exchanges defined by cities, applied as
 * reversals of the shorter side of the cycle, so a move costs O(min(segment, n − segment)).
 */
public final class TspState implements AnnealingState<Tour> {
    private static final int TWO_OPT = 0;
    private static final int OR_OPT = 1;
    private static final int UNIFORM_TWO_OPT = 2;
    /** Or-opt needs room around a segment of up to three cities. */
    private static final int MIN_CITIES_FOR_OR_OPT = 8;
    private static final int MAX_SEGMENT = 3;

    private final DistanceMatrix distances;
    private final NeighbourLists neighbours;
    private final int n;
    private final int[] tour;
    private final int[] position;
    private final MoveTypes moveTypes;
    private final int[] kinds;
    private double length;

    // The last proposed move, applied by commit().
    private int pendingKind;
    private int pA;
    private int pB;
    private int pC;
    private int pD;
    private int pE;
    private int pF;
    private boolean pendingSegmentReversed;
    private boolean pendingSingleCity;
    private double pendingDelta;

    TspState(DistanceMatrix distances, NeighbourLists neighbours, TspMoves moves, int[] order) {
        this.distances = distances;
        this.neighbours = neighbours;
        this.n = distances.size();
        this.tour = new int[n];
        this.position = new int[n];
        switch (moves) {
            case NEIGHBOUR_TWO_OPT_AND_OR_OPT -> {
                moveTypes = n >= MIN_CITIES_FOR_OR_OPT ? MoveTypes.of("2-opt", "or-opt") : MoveTypes.of("2-opt");
                kinds = n >= MIN_CITIES_FOR_OR_OPT ? new int[] {TWO_OPT, OR_OPT} : new int[] {TWO_OPT};
            }
            case NEIGHBOUR_TWO_OPT -> {
                moveTypes = MoveTypes.of("2-opt");
                kinds = new int[] {TWO_OPT};
            }
            default -> {
                moveTypes = MoveTypes.of("2-opt-uniform");
                kinds = new int[] {UNIFORM_TWO_OPT};
            }
        }
        setTour(order);
    }

    private void setTour(int[] order) {
        if (order.length != n) {
            throw new IllegalArgumentException("a tour of " + order.length + " cities for an instance of " + n);
        }
        java.util.Arrays.fill(position, -1);
        for (int i = 0; i < n; i++) {
            int city = order[i];
            if (city < 0 || city >= n || position[city] >= 0) {
                throw new IllegalArgumentException("not a permutation of 0.." + (n - 1) + ": city " + city + " at position " + i);
            }
            tour[i] = city;
            position[city] = i;
        }
        length = distances.tourLength(tour);
    }

    @Override
    public double objective() {
        return length;
    }

    @Override
    public MoveTypes moveTypes() {
        return moveTypes;
    }

    @Override
    public double propose(int moveType, SplittableRandom random) {
        return switch (kinds[moveType]) {
            case TWO_OPT -> proposeTwoOpt(random);
            case OR_OPT -> proposeOrOpt(random);
            default -> proposeUniformTwoOpt(random);
        };
    }

    private double proposeTwoOpt(SplittableRandom random) {
        int a = random.nextInt(n);
        int b = neighbours.neighbour(a, random.nextInt(neighbours.k()));
        return twoOpt(a, b, random.nextBoolean());
    }

    private double proposeUniformTwoOpt(SplittableRandom random) {
        int i = random.nextInt(n);
        int j = (i + 2 + random.nextInt(n - 3)) % n; // never i nor adjacent to it
        return twoOpt(tour[i], tour[j], true);
    }

    /**
     * Evaluates the 2-opt move that joins {@code a} and {@code b}: with {@code forward} the edges (a, succ a) and
     * (b, succ b) give way to (a, b) and (succ a, succ b); otherwise the predecessors' edges do. NaN when the
     * two edges touch.
     */
    public double twoOpt(int a, int b, boolean forward) {
        int an = forward ? succ(a) : pred(a);
        int bn = forward ? succ(b) : pred(b);
        if (b == an || a == bn || a == b) {
            return Double.NaN;
        }
        pendingKind = TWO_OPT;
        pA = a;
        pB = an;
        pC = b;
        pD = bn;
        pendingDelta = d(a, b) + d(an, bn) - d(a, an) - d(b, bn);
        return pendingDelta;
    }

    private double proposeOrOpt(SplittableRandom random) {
        int first = random.nextInt(n);
        int segment = 1 + random.nextInt(MAX_SEGMENT);
        int end = tour[(position[first] + segment - 1) % n];
        int anchor = random.nextBoolean() ? first : end;
        int c = neighbours.neighbour(anchor, random.nextInt(neighbours.k()));
        return orOpt(first, segment, c, random.nextBoolean());
    }

    /**
     * Evaluates moving the segment of {@code segment} cities that starts at {@code first} (in tour order) between
     * {@code c} and its successor ({@code afterC}) or predecessor, in whichever orientation is shorter. NaN when
     * the target edge touches the segment.
     */
    public double orOpt(int first, int segment, int c, boolean afterC) {
        if (n < MIN_CITIES_FOR_OR_OPT) {
            return Double.NaN;
        }
        int firstPos = position[first];
        if (Math.floorMod(position[c] - firstPos, n) < segment) {
            return Double.NaN;
        }
        int d = afterC ? succ(c) : pred(c);
        if (Math.floorMod(position[d] - firstPos, n) < segment) {
            return Double.NaN;
        }
        if (!afterC) { // orient the target edge along the tour: d = succ(c)
            int t = c;
            c = d;
            d = t;
        }
        int last = tour[(firstPos + segment - 1) % n];
        int p = pred(first);
        int next = succ(last);
        double removed = d(p, first) + d(last, next) + d(c, d);
        double keep = d(c, first) + d(last, d);
        double flip = d(c, last) + d(first, d);
        pendingKind = OR_OPT;
        pA = first;
        pB = last;
        pC = c;
        pD = d;
        pE = p;
        pF = next;
        pendingSegmentReversed = flip < keep;
        pendingSingleCity = segment == 1;
        pendingDelta = d(p, next) + Math.min(keep, flip) - removed;
        return pendingDelta;
    }

    @Override
    public void commit() {
        if (pendingKind == OR_OPT) {
            int first = pA;
            int last = pB;
            int c = pC;
            int d = pD;
            int p = pE;
            int next = pF;
            // Three 2-opt exchanges (spec §3.1: up to three reversals): cut the segment out, put it between c and
            // d reversed, then turn it round if the kept orientation is shorter.
            exchange(p, first, c, d);
            exchange(p, c, next, last);
            if (!pendingSegmentReversed && !pendingSingleCity) {
                exchange(c, last, first, d);
            }
        } else {
            exchange(pA, pB, pC, pD);
        }
        length += pendingDelta;
    }

    /**
     * Removes edges {a, an} and {c, cn} and adds {a, c} and {an, cn}, where an and cn are on the same side of a
     * and c (both successors or both predecessors).
     */
    private void exchange(int a, int an, int c, int cn) {
        if (succ(a) == an) {
            reversePath(position[an], position[c]);
        } else {
            reversePath(position[a], position[cn]);
        }
    }

    /** Reverses the cyclic path from position i forward to position j, or its complement when that is shorter. */
    private void reversePath(int i, int j) {
        int size = Math.floorMod(j - i, n) + 1;
        if (2 * size > n) {
            int from = j + 1 == n ? 0 : j + 1;
            int to = i == 0 ? n - 1 : i - 1;
            i = from;
            j = to;
            size = n - size;
        }
        for (int s = 0; s < size / 2; s++) {
            int x = tour[i];
            int y = tour[j];
            tour[i] = y;
            position[y] = i;
            tour[j] = x;
            position[x] = j;
            i = i + 1 == n ? 0 : i + 1;
            j = j == 0 ? n - 1 : j - 1;
        }
    }

    public int succ(int city) {
        int i = position[city] + 1;
        return tour[i == n ? 0 : i];
    }

    public int pred(int city) {
        int i = position[city] - 1;
        return tour[i < 0 ? n - 1 : i];
    }

    private double d(int a, int b) {
        return distances.distance(a, b);
    }

    @Override
    public double evaluate() {
        return distances.tourLength(tour);
    }

    @Override
    public Tour snapshot() {
        return new Tour(tour);
    }

    @Override
    public void load(Tour solution) {
        setTour(solution.order());
    }

    int size() {
        return n;
    }

    /** The cities whose edges the last proposed move changes (for don't-look bits); returns how many. */
    int lastMoveCities(int[] out) {
        out[0] = pA;
        out[1] = pB;
        out[2] = pC;
        out[3] = pD;
        if (pendingKind != OR_OPT) {
            return 4;
        }
        out[4] = pE;
        out[5] = pF;
        return 6;
    }

    NeighbourLists neighbours() {
        return neighbours;
    }

    int cityAt(int pos) {
        return tour[pos];
    }
}
