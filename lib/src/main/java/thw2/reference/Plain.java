package thw2.reference;

import thw2.args.Require;

/**
 * Textbook formulas for the quantities every question needs, written the obvious way: two-pass
 * moments, sums and products by their definitions, worst differences. No scaling, no one-pass
 * updates, no shared code with the library; accurate on the moderate inputs the notebooks use.
 */
public final class Plain {
    private Plain() {}

    /**
     * The arithmetic mean (1/n) Σ xᵢ.
     *
     * @throws IllegalArgumentException if {@code xs} is empty or has a non-finite entry
     */
    public static double mean(double[] xs) {
        Require.finite(Require.nonEmpty(xs, "xs"), "xs");
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return sum / xs.length;
    }

    /**
     * The population variance (1/n) Σ (xᵢ − x̄)², by two passes.
     *
     * @throws IllegalArgumentException if {@code xs} is empty or has a non-finite entry
     */
    public static double variance(double[] xs) {
        double m = mean(xs);
        double ss = 0;
        for (double x : xs) {
            ss += (x - m) * (x - m);
        }
        return Require.finiteResult(ss / xs.length, "the variance of xs", "the entries are too large to square");
    }

    /**
     * The sample variance 1/(n − 1) Σ (xᵢ − x̄)², by two passes.
     *
     * @throws IllegalArgumentException if {@code xs} has fewer than two entries or a non-finite one
     */
    public static double sampleVariance(double[] xs) {
        Require.notNull(xs, "xs");
        if (xs.length < 2) {
            throw new IllegalArgumentException("xs must have at least 2 entries, got " + xs.length);
        }
        return variance(xs) * xs.length / (xs.length - 1);
    }

    /**
     * The dot product Σ aᵢbᵢ.
     *
     * @throws IllegalArgumentException if the vectors differ in length or have a non-finite entry
     * @throws ArithmeticException if the sum overflows
     */
    public static double dot(double[] a, double[] b) {
        Require.sameLength(a, "a", b, "b");
        Require.finite(a, "a");
        Require.finite(b, "b");
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return Require.finiteResult(s, "the dot product of a and b", "the entries are too large to multiply");
    }

    /**
     * The squared Euclidean norm Σ aᵢ².
     *
     * @throws IllegalArgumentException if {@code a} has a non-finite entry
     * @throws ArithmeticException if the sum overflows
     */
    public static double squaredNorm(double[] a) {
        Require.finite(a, "a");
        double s = 0;
        for (double x : a) {
            s += x * x;
        }
        return Require.finiteResult(s, "the squared norm of a", "the entries are too large to square");
    }

    /**
     * The matrix-vector product (Ax)ᵢ = Σⱼ Aᵢⱼ xⱼ.
     *
     * @throws IllegalArgumentException if a row of {@code a} differs in length from {@code x}
     */
    public static double[] times(double[][] a, double[] x) {
        Require.notNull(a, "a");
        Require.finite(x, "x");
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            Require.sameLength(a[i], "a[" + i + "]", x, "x");
            y[i] = dot(a[i], x);
        }
        return y;
    }

    /**
     * The largest |aᵢ − bᵢ|.
     *
     * @throws IllegalArgumentException if the vectors differ in length or have a non-finite entry
     */
    public static double maxAbsDifference(double[] a, double[] b) {
        Require.sameLength(a, "a", b, "b");
        Require.finite(a, "a");
        Require.finite(b, "b");
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return Require.finiteResult(worst, "the largest difference", "the entries are too far apart");
    }

    /**
     * The relative error |value − exact| / |exact| of a computed value against the exact one.
     *
     * @param value the computed value, finite
     * @param exact the exact value, finite and non-zero
     * @return the relative error
     * @throws IllegalArgumentException if {@code value} is not finite, or {@code exact} is zero or not finite
     * @throws ArithmeticException if the relative error overflows
     */
    public static double relativeError(double value, double exact) {
        Require.finite(value, "value");
        Require.finite(exact, "exact");
        if (exact == 0) {
            throw new IllegalArgumentException("exact must be != 0 for a relative error, got 0.0");
        }
        return Require.finiteResult(Math.abs(value - exact) / Math.abs(exact), "the relative error",
                "value is too far from exact");
    }

    /**
     * The relative errors |valuesᵢ − exactᵢ| / |exactᵢ|, entry by entry ({@link #relativeError}).
     *
     * @throws IllegalArgumentException if the arrays differ in length, a value is not finite, or an exact
     *     value is zero or not finite
     * @throws ArithmeticException if a relative error overflows
     */
    public static double[] relativeErrors(double[] values, double[] exact) {
        Require.sameLength(values, "values", exact, "exact");
        Require.finite(values, "values");
        double[] e = new double[exact.length];
        for (int i = 0; i < e.length; i++) {
            if (!Double.isFinite(exact[i]) || exact[i] == 0) {
                throw new IllegalArgumentException("exact[" + i + "] must be finite and != 0, got " + exact[i]);
            }
            e[i] = relativeError(values[i], exact[i]);
        }
        return e;
    }

    /**
     * The largest scaled difference |aᵢⱼ − bᵢⱼ| / max(1, |bᵢⱼ|) between two matrices of the same shape:
     * an absolute difference for entries of b below 1 in size, a relative one above.
     *
     * @throws IllegalArgumentException if the shapes differ or an entry is not finite
     */
    public static double maxScaledDifference(double[][] a, double[][] b) {
        Require.finite(a, "a");
        Require.finite(b, "b");
        if (a.length != b.length) {
            throw new IllegalArgumentException("a and b must have the same number of rows, got " + a.length + " and "
                    + b.length);
        }
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            Require.sameLength(a[i], "a[" + i + "]", b[i], "b[" + i + "]");
            for (int j = 0; j < a[i].length; j++) {
                worst = Math.max(worst, Math.abs(a[i][j] - b[i][j]) / Math.max(1, Math.abs(b[i][j])));
            }
        }
        return Require.finiteResult(worst, "the largest difference", "the entries are too far apart");
    }
}
