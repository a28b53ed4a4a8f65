package thw2.optim;

import java.util.SplittableRandom;
import thw2.args.Require;
import thw2.random.Seeds;

/**
 * The gradient an optimizer receives at step t: g_t = ∇f_t(θ_{t−1}) in the notation of Kingma &amp;
 * Ba (2015), Algorithm 1, where f_t may change with t (a mini-batch, a noisy measurement). For a
 * fixed {@link Objective} it is simply ∇f(θ_{t−1}).
 */
@FunctionalInterface
public interface GradientOracle {
    /**
     * The gradient for step {@code t} (t = 1, 2, …) at the parameters {@code theta} = θ_{t−1}.
     * Must not modify {@code theta}.
     */
    double[] gradient(int t, double[] theta);

    /**
     * Pure noise around a constant: every coordinate of g_t is an independent draw from
     * N(mean, sd²), whatever θ is. This is the stationary setting of the bias-correction argument
     * (Kingma &amp; Ba 2015, Section 3): E[g_t] = mean and E[g_t²] = mean² + sd² for every t. Since Adam
     * works coordinate by coordinate, one run in n dimensions is n independent runs, which makes
     * Monte Carlo over many runs cheap. Step t's draws come from a generator seeded by
     * ({@code seed}, t), so the stream is reproducible and does not depend on call order.
     */
    static GradientOracle gaussianNoise(double mean, double sd, long seed) {
        Require.finite(mean, "mean");
        Require.nonNegative(sd, "sd");
        return (t, theta) -> {
            Require.positive(t, "t (steps are counted from 1)");
            Require.notNull(theta, "theta");
            SplittableRandom rng = Seeds.forStep(seed, t);
            double[] g = new double[theta.length];
            for (int i = 0; i < g.length; i++) {
                g[i] = Require.finiteResult(mean + sd * rng.nextGaussian(), "a draw mean + sd·z from N(" + mean + ", "
                        + sd + "²)", "mean or sd is too large");
            }
            return g;
        };
    }
}
