package thw2.reference;

import thw2.args.Require;

/**
 * Expectations over dropout noise for one linear unit on one example (x, y_d), taken by their
 * definition: the sum, over every value of a finite noise law, of the probability times the value.
 * No residual, no variance formula, no closed form of the library enters.
 *
 * <p><b>Bernoulli dropout</b> keeps input k with probability p and scales it by 1/p: the output is
 * Σₖ mₖ wₖ xₖ / p with independent mₖ ∈ {0, 1}, and {@link #bernoulliSquaredError} sums ½(y_d − output)²
 * over all 2ⁿ masks.
 *
 * <p><b>Gaussian dropout</b> multiplies weight k by 1 + εₖ, εₖ ~ N(0, α) independent. The squared
 * error J₁ = ½(y_d − Σₖ wₖ(1 + εₖ)xₖ)², its square and its two sampled gradients are polynomials of
 * degree at most 4 in each εₖ, and the expectation of such a polynomial depends only on the moments
 * of each εₖ up to order 5: 0, α, 0, 3α², 0. The three-point law εₖ ∈ {−√(3α), 0, √(3α)} with
 * probabilities 1/6, 2/3, 1/6 (three-node Gauss–Hermite quadrature) has exactly these moments, so
 * the sums over its 3ⁿ points below are the Gaussian expectations, exact up to rounding.
 *
 * <p>Used by Question 6 (Gaussian dropout as an L2 penalty): the Monte Carlo estimates of the
 * library are checked against these numbers, and the library's J₂ against the Bernoulli sum.
 */
public final class DropoutExpectations {
    private DropoutExpectations() {}

    /** The most inputs n (3ⁿ = 531,441 points of the three-point law). */
    public static final int MAX_INPUTS = 12;

    /**
     * E[½(y_d − Σₖ mₖwₖxₖ/p)²] over independent mₖ ~ Bernoulli(p), by summing over all 2ⁿ masks.
     *
     * @param w               the weights wₖ
     * @param x               the inputs xₖ (as many as weights, at most {@link #MAX_INPUTS})
     * @param yd              the target y_d
     * @param keepProbability p, in (0, 1]
     * @return the expected squared error
     * @throws IllegalArgumentException for mismatched, empty or non-finite arrays, too many inputs, or
     *     p outside (0, 1]
     * @throws ArithmeticException if the squared error overflows
     */
    public static double bernoulliSquaredError(double[] w, double[] x, double yd, double keepProbability) {
        requireUnit(w, x, yd);
        Require.finite(keepProbability, "keepProbability");
        if (!(keepProbability > 0 && keepProbability <= 1)) {
            throw new IllegalArgumentException("keepProbability must be in (0, 1], got " + keepProbability);
        }
        double p = keepProbability;
        int n = w.length;
        double total = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            double prob = 1;
            double out = 0;
            for (int k = 0; k < n; k++) {
                boolean kept = ((mask >> k) & 1) == 1;
                prob *= kept ? p : 1 - p;
                if (kept) {
                    out += w[k] * x[k] / p;
                }
            }
            total += prob * 0.5 * (yd - out) * (yd - out);
        }
        return Require.finiteResult(total, "the expected squared error", "it overflows for these w, x, yd and keepProbability");
    }

    /**
     * E[J₁] = E[½(y_d − Σₖ wₖ(1 + εₖ)xₖ)²] over independent εₖ ~ N(0, α), summed over the three-point law.
     *
     * @param alpha the noise variance α ≥ 0
     * @return the expected squared error
     * @throws IllegalArgumentException for mismatched, empty or non-finite arrays, too many inputs, or α &lt; 0
     * @throws ArithmeticException if the squared error overflows
     */
    public static double gaussianSquaredError(double[] w, double[] x, double yd, double alpha) {
        requireUnit(w, x, yd);
        Require.nonNegative(alpha, "alpha");
        double mean = 0;
        for (int point = 0; point < points(w.length); point++) {
            double e = error(w, x, yd, epsilon(point, w.length, alpha));
            mean += probability(point, w.length) * 0.5 * e * e;
        }
        return Require.finiteResult(mean, "E[J₁]", "w, x, yd or alpha is too large");
    }

    /**
     * Var J₁ = E[(J₁ − E J₁)²] over independent εₖ ~ N(0, α), by two sums over the three-point law.
     *
     * @param alpha the noise variance α ≥ 0
     * @return the variance of the squared error
     * @throws IllegalArgumentException for mismatched, empty or non-finite arrays, too many inputs, or α &lt; 0
     * @throws ArithmeticException if it overflows
     */
    public static double gaussianSquaredErrorVariance(double[] w, double[] x, double yd, double alpha) {
        double mean = gaussianSquaredError(w, x, yd, alpha);
        double variance = 0;
        for (int point = 0; point < points(w.length); point++) {
            double e = error(w, x, yd, epsilon(point, w.length, alpha));
            double deviation = 0.5 * e * e - mean;
            variance += probability(point, w.length) * deviation * deviation;
        }
        return Require.finiteResult(variance, "Var J₁", "w, x, yd or alpha is too large");
    }

    /**
     * E[∂J₁/∂wₖ] when the derivative goes through the noise (ε held fixed, the weight wₖ(1 + εₖ)
     * moves with wₖ): the mean of −e·(1 + εₖ)·xₖ, with e = y_d − Σⱼ wⱼ(1 + εⱼ)xⱼ.
     *
     * @param alpha the noise variance α ≥ 0
     * @return one expected derivative per weight
     * @throws IllegalArgumentException for mismatched, empty or non-finite arrays, too many inputs, or α &lt; 0
     */
    public static double[] gaussianGradientThroughNoise(double[] w, double[] x, double yd, double alpha) {
        return gaussianGradient(w, x, yd, alpha, true);
    }

    /**
     * E[∂J₁/∂wₖ] when the sampled perturbation δ = w∘ε is held fixed: the mean of −e·xₖ.
     *
     * @param alpha the noise variance α ≥ 0
     * @return one expected derivative per weight
     * @throws IllegalArgumentException for mismatched, empty or non-finite arrays, too many inputs, or α &lt; 0
     */
    public static double[] gaussianGradientNoiseHeldFixed(double[] w, double[] x, double yd, double alpha) {
        return gaussianGradient(w, x, yd, alpha, false);
    }

    private static double[] gaussianGradient(double[] w, double[] x, double yd, double alpha, boolean throughNoise) {
        requireUnit(w, x, yd);
        Require.nonNegative(alpha, "alpha");
        int n = w.length;
        double[] g = new double[n];
        for (int point = 0; point < points(n); point++) {
            double[] eps = epsilon(point, n, alpha);
            double e = error(w, x, yd, eps);
            double prob = probability(point, n);
            for (int k = 0; k < n; k++) {
                g[k] += prob * -e * (throughNoise ? 1 + eps[k] : 1) * x[k];
            }
        }
        for (int k = 0; k < n; k++) {
            Require.finiteResult(g[k], "the expected gradient", "w, x, yd or alpha is too large");
        }
        return g;
    }

    private static void requireUnit(double[] w, double[] x, double yd) {
        Require.finite(Require.nonEmpty(w, "w"), "w");
        Require.finite(x, "x");
        Require.sameLength(w, "w", x, "x");
        Require.finite(yd, "yd");
        if (w.length > MAX_INPUTS) {
            throw new IllegalArgumentException("w must have at most " + MAX_INPUTS + " entries (the sums run over"
                    + " every value of the noise), got " + w.length);
        }
    }

    private static int points(int n) {
        int p = 1;
        for (int k = 0; k < n; k++) {
            p *= 3;
        }
        return p;
    }

    /** The three-point values εₖ of point number {@code point}: its base-3 digits 0, 1, 2 → −√(3α), 0, √(3α). */
    private static double[] epsilon(int point, int n, double alpha) {
        double node = Math.sqrt(3 * alpha);
        double[] eps = new double[n];
        for (int k = 0; k < n; k++, point /= 3) {
            eps[k] = (point % 3 - 1) * node;
        }
        return eps;
    }

    /** The probability of point number {@code point}: 1/6 for each digit 0 or 2, 2/3 for each digit 1. */
    private static double probability(int point, int n) {
        double prob = 1;
        for (int k = 0; k < n; k++, point /= 3) {
            prob *= point % 3 == 1 ? 2.0 / 3 : 1.0 / 6;
        }
        return prob;
    }

    /** y_d − Σₖ wₖ(1 + εₖ)xₖ. */
    private static double error(double[] w, double[] x, double yd, double[] eps) {
        double e = yd;
        for (int k = 0; k < w.length; k++) {
            e -= w[k] * (1 + eps[k]) * x[k];
        }
        return e;
    }
}
