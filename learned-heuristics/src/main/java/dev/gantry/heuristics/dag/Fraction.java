package dev.gantry.heuristics.dag;

/**
 * An exact rational {@code num/den} in lowest terms with {@code den > 0}, so equal values are equal records and
 * HEFT's rank ties are decided exactly rather than by floating-point noise. Arithmetic throws on long overflow.
 */
public record Fraction(long num, long den) implements Comparable<Fraction> {
    public static final Fraction ZERO = new Fraction(0, 1);

    public Fraction {
        if (den == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den < 0) {
            num = Math.negateExact(num);
            den = Math.negateExact(den);
        }
        long g = gcd(Math.abs(num), den);
        if (g > 1) {
            num /= g;
            den /= g;
        }
    }

    public static Fraction of(long value) {
        return new Fraction(value, 1);
    }

    public static Fraction of(long num, long den) {
        return new Fraction(num, den);
    }

    public Fraction plus(Fraction o) {
        long g = gcd(den, o.den);
        return new Fraction(Math.addExact(Math.multiplyExact(num, o.den / g), Math.multiplyExact(o.num, den / g)),
                Math.multiplyExact(den, o.den / g));
    }

    public Fraction plus(long value) {
        return plus(of(value));
    }

    @Override
    public int compareTo(Fraction o) {
        return Long.compare(Math.multiplyExact(num, o.den), Math.multiplyExact(o.num, den));
    }

    public double toDouble() {
        return (double) num / den;
    }

    @Override
    public String toString() {
        return den == 1 ? Long.toString(num) : num + "/" + den;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
}
