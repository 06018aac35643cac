package dev.gantry.metaheuristics.tsp;

/**
 * First-improvement descent with 2-opt and or-opt over neighbour lists, driven by don't-look bits (Bentley
 * 1992): a city is examined again only when an applied move touches one of its edges. Used for constructive
 * starts, the final polish, and as the local-optimum baseline.
 */
public final class TspDescent {
    private static final double EPSILON = 1e-9;

    private TspDescent() {
    }

    /** Descends to a local optimum of both neighbourhoods; returns the number of applied moves. */
    public static long descend(TspState state) {
        int n = state.size();
        int[] queue = new int[n];
        boolean[] queued = new boolean[n];
        int head = 0;
        int count = n;
        for (int i = 0; i < n; i++) {
            queue[i] = state.cityAt(i);
            queued[queue[i]] = true;
        }
        int[] touched = new int[6];
        long applied = 0;
        while (count > 0) {
            int a = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            count--;
            queued[a] = false;
            if (improve(state, a)) {
                applied++;
                int t = state.lastMoveCities(touched);
                for (int i = 0; i < t; i++) {
                    int c = touched[i];
                    if (!queued[c]) {
                        queued[c] = true;
                        queue[(head + count) % n] = c;
                        count++;
                    }
                }
            }
        }
        return applied;
    }

    private static boolean improve(TspState state, int a) {
        NeighbourLists nn = state.neighbours();
        for (int forward = 0; forward < 2; forward++) {
            for (int i = 0; i < nn.k(); i++) {
                double delta = state.twoOpt(a, nn.neighbour(a, i), forward == 0);
                if (delta < -EPSILON) {
                    state.commit();
                    return true;
                }
            }
        }
        int n = state.size();
        for (int segment = 1; segment <= 3 && segment + 5 <= n; segment++) {
            // segments that start at a, and segments that end at a
            int startAtA = a;
            int endAtA = a;
            for (int s = 1; s < segment; s++) {
                endAtA = state.pred(endAtA);
            }
            for (int first : new int[] {startAtA, endAtA}) {
                for (int i = 0; i < nn.k(); i++) {
                    int c = nn.neighbour(a, i);
                    for (int after = 0; after < 2; after++) {
                        double delta = state.orOpt(first, segment, c, after == 0);
                        if (delta < -EPSILON) {
                            state.commit();
                            return true;
                        }
                    }
                }
                if (segment == 1) {
                    break; // the two segments coincide
                }
            }
        }
        return false;
    }
}
