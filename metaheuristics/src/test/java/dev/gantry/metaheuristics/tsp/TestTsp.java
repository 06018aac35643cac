package dev.gantry.metaheuristics.tsp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.instances.TestData;
import dev.gantry.modeling.tsp.EdgeWeight;
import dev.gantry.modeling.tsp.Tour;
import dev.gantry.modeling.tsp.Tsp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Small TSP instances for tests: random ones built in code, and the coordinates of a shared TSPLIB EUC_2D file
 * read with a deliberately minimal reader (the real parser lives elsewhere; this one only understands
 * {@code NODE_COORD_SECTION} lines {@code id x y}).
 */
public final class TestTsp {
    private TestTsp() {
    }

    /** A shared TSPLIB EUC_2D instance such as {@code eil51}; skips the test when the shared data is absent. */
    public static Tsp tsplib(String name) {
        Path file = TestData.require("tsp/" + name + ".tsp");
        try {
            List<String> lines = Files.readAllLines(file);
            int start = lines.indexOf(lines.stream().filter(l -> l.trim().equals("NODE_COORD_SECTION")).findFirst().orElseThrow());
            double[][] xy = lines.subList(start + 1, lines.size()).stream()
                    .map(String::trim)
                    .takeWhile(l -> !l.isEmpty() && !l.equals("EOF"))
                    .map(l -> l.split("\\s+"))
                    .map(f -> new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2])})
                    .toArray(double[][]::new);
            return new Tsp(name, Arrays.stream(xy).mapToDouble(p -> p[0]).toArray(),
                    Arrays.stream(xy).mapToDouble(p -> p[1]).toArray(), EdgeWeight.ROUNDED_EUCLIDEAN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** n cities uniform on a 1000 × 1000 grid of integer points. */
    public static Tsp random(int n, long seed, EdgeWeight edgeWeight) {
        Random random = new Random(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextInt(1000);
            y[i] = random.nextInt(1000);
        }
        return new Tsp("random" + n + "-" + seed, x, y, edgeWeight);
    }

    /** The optimal tour length by enumerating the (n-1)! orders that start at city 0; for n ≤ 10. */
    public static double bruteForceOptimum(DistanceMatrix d) {
        int n = d.size();
        if (n > 10) {
            throw new IllegalArgumentException("brute force is for tiny instances, got " + n);
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return permute(d, order, 1, Double.POSITIVE_INFINITY);
    }

    private static double permute(DistanceMatrix d, int[] order, int k, double best) {
        if (k == order.length) {
            return Math.min(best, d.tourLength(order));
        }
        for (int i = k; i < order.length; i++) {
            swap(order, k, i);
            best = permute(d, order, k + 1, best);
            swap(order, k, i);
        }
        return best;
    }

    private static void swap(int[] a, int i, int j) {
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
    }

    /** Asserts that the tour visits each of the instance's cities exactly once. */
    public static void assertPermutation(Tour tour, int n) {
        int[] sorted = tour.order();
        Arrays.sort(sorted);
        int[] expected = new int[n];
        Arrays.setAll(expected, i -> i);
        assertThat(sorted).as("cities of %s", tour).containsExactly(expected);
    }
}
