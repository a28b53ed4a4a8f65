package thw2.reference;

import thw2.args.Require;

/**
 * Exponential moving averages m_t = βm_{t−1} + (1 − β)g_t written out: by the recursion from any
 * start m₀, by the unrolled sum m_t = (1 − β)Σᵢ₌₀^{t−1} βⁱ g_{t−i} (for m₀ = 0), and the expectation
 * E[m_t] = (1 − βᵗ)·E[g] of an average started at 0 on gradients of constant mean, as the sum of the
 * weights the average puts on the gradients (Question 4, Adam's bias). Shares no code with
 * {@code thw2.optim.Adam}.
 */
public final class ExponentialAverages {
    private ExponentialAverages() {}

    /**
     * The recursion m_t = βm_{t−1} + (1 − β)g_t for many independent sequences at once, from m₀.
     *
     * @param gradients {@code gradients[t − 1][i]} is g_t of sequence i, t = 1, …, T; finite, rectangular
     * @param beta      β ∈ [0, 1)
     * @param m0        the start m₀, finite
     * @return {@code m[t][i]}, t = 0, …, T (row 0 is m₀ everywhere)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double[][] recursion(double[][] gradients, double beta, double m0) {
        Require.finite(gradients, "gradients");
        if (gradients.length == 0 || gradients[0].length == 0) {
            throw new IllegalArgumentException("gradients must not be empty");
        }
        Require.inRangeHalfOpen(beta, 0, 1, "beta");
        Require.finite(m0, "m0");
        int n = gradients[0].length;
        Require.entries((gradients.length + 1.0) * n, "(T + 1) × sequences averages");
        double[][] m = new double[gradients.length + 1][n];
        java.util.Arrays.fill(m[0], m0);
        for (int t = 1; t <= gradients.length; t++) {
            for (int i = 0; i < n; i++) {
                m[t][i] = beta * m[t - 1][i] + (1 - beta) * gradients[t - 1][i];
            }
        }
        return m;
    }

    /**
     * The unrolled sum m_t = (1 − β)Σᵢ₌₀^{t−1} βⁱ g_{t−i}: the average at t = g.length of an average
     * started at m₀ = 0.
     *
     * @param beta β ∈ [0, 1)
     * @param g    g₁, …, g_t, finite, at least one
     * @return m_t
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double unrolled(double beta, double... g) {
        Require.inRangeHalfOpen(beta, 0, 1, "beta");
        Require.finite(Require.nonEmpty(g, "g"), "g");
        int t = g.length;
        double sum = 0;
        for (int i = 0; i < t; i++) {
            sum += Math.pow(beta, i) * (1 - beta) * g[t - 1 - i];
        }
        return Require.finiteResult(sum, "the average", "the gradients are too large");
    }

    /**
     * E[m_t] = (1 − βᵗ)·mean for an average started at m₀ = 0 on gradients of constant mean: the mean
     * times the total weight Σᵢ₌₀^{t−1} (1 − β)βⁱ the average puts on the gradients, summed term by term.
     *
     * @param beta β ∈ [0, 1)
     * @param mean E[g], finite
     * @param ts   the steps t, each in [1, 1,000,000]
     * @return E[m_t] for each t
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double[] expected(double beta, double mean, int... ts) {
        Require.inRangeHalfOpen(beta, 0, 1, "beta");
        Require.finite(mean, "mean");
        Require.notNull(ts, "ts");
        if (ts.length == 0) {
            throw new IllegalArgumentException("ts must not be empty");
        }
        double[] out = new double[ts.length];
        for (int k = 0; k < ts.length; k++) {
            Require.inRange(ts[k], 1, 1_000_000, "ts[" + k + "]");
            double weight = 0;
            for (int i = 0; i < ts[k]; i++) {
                weight += (1 - beta) * Math.pow(beta, i);
            }
            out[k] = weight * mean;
        }
        return out;
    }
}
