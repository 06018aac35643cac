package dev.gantry.modeling.quantum.build;

/**
 * The Werner-state formulas of [LS] {@code qmath.py}, written as [LS] evaluates them so that the search takes the same
 * branches (its rate comparisons and fidelity bisection are sensitive to the last bit). {@code Werner} holds the same
 * algebra for evaluation.
 */
final class LsMath {
    /** {@code math.isclose(a, b, abs_tol=1e-5)} with Python's default relative tolerance. */
    private static final double ABS_TOL = 0.00001;
    private static final double REL_TOL = 1e-09;

    private LsMath() {
    }

    static double distill(double f1, double f2) {
        double a = f1 * f2;
        double b = (1 - f1) / 3;
        double c = (1 - f2) / 3;
        return (a + b * c) / (a + f1 * c + f2 * b + 5 * b * c);
    }

    /** The fidelity of the first input that, distilled with {@code initial}, gives {@code target}. */
    static double undistill(double target, double initial) {
        return (2 * target * initial - initial - 5 * target + 1) / (8 * target * initial - 10 * initial - 2 * target + 1);
    }

    /** The fidelity of two equal inputs whose distillation gives {@code target}. */
    static double undistillEven(double target) {
        return (3 * Math.sqrt(-4 * target * target + 6 * target - 1) - 2 * target + 1) / (10 - 8 * target);
    }

    static double swap(double f1, double f2) {
        return (4.0 / 3) * f1 * f2 - (1.0 / 3) * f1 - (1.0 / 3) * f2 + (1.0 / 3);
    }

    /** The fidelity two equal links need so that swapping them gives {@code target}. */
    static double unswap(double target) {
        double a = 4.0 / 3;
        double b = -2.0 / 3;
        double c = (1.0 / 3) - target;
        return (-b + Math.sqrt(b * b - 4 * a * c)) / (2 * a);
    }

    /** Pumping steps with fresh {@code initial} links to reach {@code target}; -1 when pumping cannot reach it. */
    static int distillationsForFidelity(double initial, double target) {
        if (initial <= 0.5) {
            return -1;
        }
        int num = 0;
        double current = initial;
        while (target > current) {
            double next = distill(current, initial);
            num++;
            if (next <= current) {
                return -1;
            }
            current = next;
        }
        return num;
    }

    /**
     * The link fidelity with which exactly {@code k} pumping steps reach {@code target}, by bisection; 0 when the
     * bisection closes without finding one (which ends the caller's search over k).
     */
    static double fidelityForDistillations(int k, double target) {
        if (k == 0) {
            return target;
        }
        double upper = target;
        double lower = undistill(target, target);
        while (!isClose(lower, upper)) {
            double f = (upper + lower) / 2;
            int j = distillationsForFidelity(f, target);
            if (j == k) {
                return f;
            } else if (j != -1 && j < k) {
                upper = f;
            } else {
                lower = f;
            }
        }
        return 0;
    }

    /** Distillations of a balanced nested tree reaching {@code target} from equal links: {@code 2^levels − 1}; -1 if none. */
    static long distillationsForConstFidelity(double initial, double target) {
        if (initial < 0.5) {
            return -1;
        }
        int levels = 0;
        double t = target;
        while (t > initial) {
            levels++;
            t = undistillEven(t);
            if (levels > 62) {
                return -1;
            }
        }
        return (1L << levels) - 1;
    }

    /**
     * Generation rounds to make {@code links} links with the given comm and storage qubits per end; -1 when the
     * qubits run out first ([LS] would loop forever there).
     */
    static int rounds(long links, int comm, int storage) {
        int rounds = 0;
        long generated = 0;
        while (generated < links) {
            int occupied = Long.bitCount(generated);
            int available = Math.min(comm, comm + storage - occupied);
            rounds++;
            generated += available;
            if (available <= 0) {
                return -1;
            }
        }
        return rounds;
    }

    private static boolean isClose(double a, double b) {
        return Math.abs(a - b) <= Math.max(REL_TOL * Math.max(Math.abs(a), Math.abs(b)), ABS_TOL);
    }
}
