package thw2.random;

import java.util.SplittableRandom;
import thw2.args.Require;

/**
 * Standard normal draws from a {@link SplittableRandom}, by two classical transforms of uniform
 * draws. {@code SplittableRandom} implements {@link java.util.random.RandomGenerator} on Java 17, so
 * it has a {@code nextGaussian()} of its own (a ziggurat method); the library uses that one for new
 * code. These two remain because the data generators {@code thw2.nn.LogisticRegression.sample}
 * (Box–Muller) and {@code thw2.data.BinaryData.twoGaussians} (polar) were written with them and the
 * notebooks print numbers that depend on their exact streams: replacing them by {@code nextGaussian()}
 * would change every seeded figure of Questions 1 and 4. {@link #standardNormals} gives vectors of
 * {@code nextGaussian()} draws.
 *
 * <p>Both are exact transforms (not approximations): given independent uniform inputs, the output
 * is distributed N(0, 1). Both are deterministic functions of the generator's state: the same seed
 * gives the same draws on every run (on one JVM and machine; {@code Math.log} and {@code Math.cos}
 * may differ in the last bit between JVMs, which are allowed to use platform intrinsics).
 */
public final class Gaussian {
    private Gaussian() {}

    /**
     * Box and Muller (1958): with u uniform on (0, 1] and v uniform on [0, 1),
     * √(−2 ln u)·cos(2πv) is N(0, 1). Draws exactly two uniforms (u first) and discards the sine
     * partner.
     */
    public static double boxMuller(SplittableRandom rng) {
        Require.notNull(rng, "rng");
        double u = 1.0 - rng.nextDouble(); // (0, 1]
        double v = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /**
     * Marsaglia's polar method (Marsaglia and Bray, 1964): draw (u, v) uniform on the square
     * [−1, 1)² until s = u² + v² lies in (0, 1); then u·√(−2 ln s / s) is N(0, 1). Draws an even
     * number of uniforms (on average 4/π pairs) and discards the second normal of the pair.
     */
    public static double polar(SplittableRandom rng) {
        Require.notNull(rng, "rng");
        double u;
        double v;
        double s;
        do {
            u = 2 * rng.nextDouble() - 1;
            v = 2 * rng.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }

    /**
     * n independent N(0, 1) draws from a generator seeded with {@code seed}, by
     * {@code SplittableRandom.nextGaussian()}: a random start vector (Question 5 starts gradient
     * descent from such vectors).
     *
     * @param n    how many, at least 1
     * @param seed the generator's seed
     * @return the n draws
     * @throws IllegalArgumentException if n is less than 1 or more than {@link Require#MAX_ENTRIES}
     */
    public static double[] standardNormals(int n, long seed) {
        Require.positive(n, "n");
        Require.entries(n, "n = " + n + " draws");
        SplittableRandom rng = new SplittableRandom(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextGaussian();
        }
        return out;
    }
}
