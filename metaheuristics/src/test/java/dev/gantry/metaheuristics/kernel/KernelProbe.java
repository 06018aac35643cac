package dev.gantry.metaheuristics.kernel;

/**
 * Run in a child JVM by {@link BatchKernelsTest}: prints the chosen kernel and a matrix tour length computed with it
 * (10 for the hand case of {@link BatchKernelCasesTest}).
 */
final class KernelProbe {
    private KernelProbe() {
    }

    public static void main(String[] args) {
        BatchKernel kernel = BatchKernels.best();
        long[] out = new long[1];
        kernel.matrixTourLengths(new int[] {0, 1, 2, 3, 0, 4, 5, 6, 0}, 3, new int[] {0, 1, 2}, 3, 1, out);
        System.out.println(kernel.name() + " " + out[0]);
    }
}
