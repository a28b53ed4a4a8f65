package thw2.stats;

import thw2.args.Require;

/**
 * The exponent of a power law y ∝ x^k, read off data as the least-squares slope of log y against
 * log x:
 *
 * <pre>
 *   k = Σᵢ (uᵢ − ū)(vᵢ − v̄) / Σᵢ (uᵢ − ū)²,    uᵢ = log xᵢ,  vᵢ = log yᵢ.
 * </pre>
 *
 * <p>Question 1a fits it to the sampled minibatch-gradient noise: E‖ĝ − ḡ‖² = σ²/B has k = −1.
 */
public final class PowerLaw {
    private PowerLaw() {}

    /**
     * The least-squares slope of log y against log x (two passes: the means first, then the sums of
     * products of deviations).
     *
     * @param x positive abscissae, not all equal
     * @param y positive ordinates, one per abscissa
     * @return the fitted exponent k of y ∝ x^k
     * @throws IllegalArgumentException if the arrays differ in length, have fewer than two entries, an
     *         entry that is not finite and positive, or if all x are equal (no slope)
     */
    public static double logLogSlope(double[] x, double[] y) {
        Require.sameLength(x, "x", y, "y");
        if (x.length < 2) {
            throw new IllegalArgumentException("x and y must have at least 2 entries for a slope, got " + x.length);
        }
        double[] u = logs(x, "x");
        double[] v = logs(y, "y");
        double mu = mean(u);
        double mv = mean(v);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < u.length; i++) {
            sxy += (u[i] - mu) * (v[i] - mv);
            sxx += (u[i] - mu) * (u[i] - mu);
        }
        if (sxx == 0) {
            throw new IllegalArgumentException("x must not have all entries equal: the slope is undefined");
        }
        return sxy / sxx;
    }

    private static double[] logs(double[] a, String name) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] > 0) || !Double.isFinite(a[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] must be finite and positive, got " + a[i]);
            }
            out[i] = Math.log(a[i]);
        }
        return out;
    }

    private static double mean(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s / a.length;
    }
}
