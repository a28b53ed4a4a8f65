package thw2.args;

/**
 * Argument checks shared by the whole library. Every failure is an {@link IllegalArgumentException}
 * whose message names the argument and the rule it broke, so that a notebook reader sees
 * "eps must be > 0, got -0.1" instead of a NaN three calls later.
 */
public final class Require {
    private Require() {}

    /** {@code x} must be a finite number (not NaN, not infinite). */
    public static double finite(double x, String name) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException(name + " must be finite, got " + x);
        }
        return x;
    }

    /** Every entry of {@code xs} must be finite; the message names the first bad index. */
    public static double[] finite(double[] xs, String name) {
        notNull(xs, name);
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + xs[i]);
            }
        }
        return xs;
    }

    /** Every entry of the matrix {@code m} must be finite and its rows must have equal length. */
    public static double[][] finite(double[][] m, String name) {
        notNull(m, name);
        int cols = -1;
        for (int i = 0; i < m.length; i++) {
            if (m[i] == null) {
                throw new IllegalArgumentException(name + "[" + i + "] must not be null");
            }
            if (cols >= 0 && m[i].length != cols) {
                throw new IllegalArgumentException(name + " must be rectangular: row " + i + " has "
                        + m[i].length + " entries, row 0 has " + cols);
            }
            cols = m[i].length;
            for (int j = 0; j < m[i].length; j++) {
                if (!Double.isFinite(m[i][j])) {
                    throw new IllegalArgumentException(
                            name + "[" + i + "][" + j + "] must be finite, got " + m[i][j]);
                }
            }
        }
        return m;
    }

    /** {@code x} must be finite and strictly positive. */
    public static double positive(double x, String name) {
        finite(x, name);
        if (!(x > 0)) {
            throw new IllegalArgumentException(name + " must be > 0, got " + x);
        }
        return x;
    }

    /** {@code x} must be finite and not negative. */
    public static double nonNegative(double x, String name) {
        finite(x, name);
        if (x < 0) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + x);
        }
        return x;
    }

    /** {@code n} must be at least 1. */
    public static int positive(int n, String name) {
        if (n < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, got " + n);
        }
        return n;
    }

    /** {@code x} must lie in the half-open interval [lo, hi). */
    public static double inRangeHalfOpen(double x, double lo, double hi, String name) {
        finite(x, name);
        if (x < lo || x >= hi) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "), got " + x);
        }
        return x;
    }

    /** {@code n} must lie in the closed interval [lo, hi]. */
    public static int inRange(int n, int lo, int hi, String name) {
        if (n < lo || n > hi) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + n);
        }
        return n;
    }

    /** Two arrays that are combined entry by entry must have the same length. */
    public static void sameLength(double[] a, String nameA, double[] b, String nameB) {
        notNull(a, nameA);
        notNull(b, nameB);
        if (a.length != b.length) {
            throw new IllegalArgumentException(nameA + " and " + nameB + " must have the same length, got "
                    + a.length + " and " + b.length);
        }
    }

    /** An array that must hold at least one entry. */
    public static double[] nonEmpty(double[] a, String name) {
        notNull(a, name);
        if (a.length == 0) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return a;
    }

    /**
     * The most entries (array elements) that one argument may make the library allocate: 50 million
     * doubles are 400 MB. Checked before allocating, so a size that is too large fails at once
     * instead of filling the memory first.
     */
    public static final long MAX_ENTRIES = 50_000_000L;

    /**
     * The most iterations (steps, epochs, samples, draws) one call may be asked to run: enough for
     * any experiment of this course (a few seconds to minutes), and a clear error for a count typed
     * by mistake, instead of a call that never returns.
     */
    public static final int MAX_ITERATIONS = 100_000_000;

    /**
     * {@code entries} (a product of sizes, computed in {@code long} or {@code double} by the caller so
     * that it cannot wrap around) must be at most {@link #MAX_ENTRIES}; {@code what} says what would
     * be allocated, for example "examples × dimension = 1000000000 × 2".
     */
    public static void entries(double entries, String what) {
        if (!(entries <= MAX_ENTRIES)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s = %.4g entries is more than the %,d that one call may allocate (%d MB of doubles)",
                    what, entries, MAX_ENTRIES, MAX_ENTRIES * 8 / 1_000_000));
        }
    }

    /** An iteration count {@code n} ≥ {@code min} and at most {@link #MAX_ITERATIONS}. */
    public static int iterations(int n, int min, String name) {
        if (n < min || n > MAX_ITERATIONS) {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + MAX_ITERATIONS + "], got " + n);
        }
        return n;
    }

    /**
     * The most work one call may be asked to do, in multiply-adds of its inner loops (or what costs
     * about as much: one call of a small function, one random draw), counted by the caller before it
     * starts: about 10 s on these machines (2 cores, a JIT-compiled loop of 1 to 3 multiply-adds per
     * nanosecond). A size or a count within its own limit can still ask for hours in combination
     * (10⁸ gradient steps on a 3,000-dimensional bowl); this refuses it at once, with the sizes that
     * made it. {@code scripts/cap-times} measures the largest accepted input of every cap.
     */
    public static final double MAX_WORK = 1e10;

    /**
     * {@code operations} (a product of sizes, computed in {@code double} so that it cannot wrap around)
     * must be at most {@link #MAX_WORK}; {@code what} names the sizes, for example "steps × n² = 100000000 × 3000²".
     */
    public static void work(double operations, String what) {
        if (!(operations <= MAX_WORK)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "%s = %.3g operations is more than the %.0e that one call may do (about 10 s)", what, operations,
                    MAX_WORK));
        }
    }

    /** An index {@code i} into something of {@code size} elements: 0 ≤ i &lt; size. */
    public static int index(int i, int size, String name) {
        if (i < 0 || i >= size) {
            throw new IllegalArgumentException(name + " must be in [0, " + size + "), got " + i);
        }
        return i;
    }

    /**
     * A computed {@code value} that must be finite: when it overflowed (or is NaN) the library
     * reports it with an {@link ArithmeticException} naming {@code what} and {@code cause} instead of
     * returning it.
     */
    public static double finiteResult(double value, String what, String cause) {
        if (!Double.isFinite(value)) {
            throw new ArithmeticException(what + " is " + value + ", beyond the double range: " + cause);
        }
        return value;
    }

    /** {@code o} must not be null. */
    public static <T> T notNull(T o, String name) {
        if (o == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return o;
    }
}
