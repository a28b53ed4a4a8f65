package thw2.check;

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

    /** {@code o} must not be null. */
    public static <T> T notNull(T o, String name) {
        if (o == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return o;
    }
}
