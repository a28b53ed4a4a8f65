package thw2.data;

import java.util.Random;
import thw2.args.Require;

/**
 * Seeded samples that stand for the values one hidden unit takes over a data set: the populations
 * from which Question 1b draws its random batches for batch normalization. Both use
 * {@link java.util.Random}, so a seed gives the same sample on every machine and Java version.
 */
public final class Populations {
    private Populations() {}

    /**
     * n draws xᵢ = m + s·gᵢ with gᵢ the successive {@link Random#nextGaussian()} values of
     * {@code new Random(seed)}: a sample of N(m, s²), the pre-activations of a unit (Question 1b uses
     * N(1, 2²)).
     *
     * @param n                 the number of draws, ≥ 1
     * @param mean              m
     * @param standardDeviation s &gt; 0
     * @param seed              the seed of the generator
     * @return the n draws, in the order drawn
     * @throws IllegalArgumentException if n is not positive or too large, or m or s is not finite or s ≤ 0
     */
    public static double[] gaussian(int n, double mean, double standardDeviation, long seed) {
        Require.positive(n, "n");
        Require.entries(n, "n");
        Require.finite(mean, "mean");
        Require.positive(Require.finite(standardDeviation, "standardDeviation"), "standardDeviation");
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = mean + standardDeviation * r.nextGaussian();
            if (!Double.isFinite(x[i])) {
                throw new IllegalArgumentException("mean = " + mean + " and standardDeviation = " + standardDeviation
                        + " are too large: draw " + i + " overflows the double range");
            }
        }
        return x;
    }

    /**
     * n draws xᵢ = −log(1 − uᵢ) with uᵢ the successive {@link Random#nextDouble()} values of
     * {@code new Random(seed)}: a sample of the exponential law with rate 1 (mean 1, skewness 2,
     * kurtosis 9), positive and long-tailed like the activations after a ReLU (Question 1b's skewed
     * population). As u &lt; 1, every draw is finite.
     *
     * @param n    the number of draws, ≥ 1
     * @param seed the seed of the generator
     * @return the n draws, in the order drawn
     * @throws IllegalArgumentException if n is not positive or too large
     */
    public static double[] exponential(int n, long seed) {
        Require.positive(n, "n");
        Require.entries(n, "n");
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = -Math.log(1 - r.nextDouble());
        }
        return x;
    }
}
