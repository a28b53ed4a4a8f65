package thw2.regularization;

import java.util.SplittableRandom;
import java.util.Arrays;
import java.util.function.Function;
import thw2.args.Require;
import thw2.stats.RunningStats;
import thw2.text.Format;

/**
 * One linear unit ŷ = Σₖ wₖxₖ on one example (x, y_d), trained with Gaussian dropout on its weights:
 * each weight is perturbed to wₖ + δₖ with independent δₖ ~ N(0, α wₖ²), i.e. multiplied by 1 + εₖ
 * with εₖ ~ N(0, α). The sampled objective is
 * <pre>
 *   J₁(δ) = ½ (y_d − Σₖ (wₖ + δₖ) xₖ)²
 * </pre>
 * and, with r = y_d − Σₖ wₖxₖ the noise-free residual and s = Σₖ δₖxₖ ~ N(0, α Σₖ wₖ²xₖ²),
 * J₁ = ½(r − s)², so E[J₁] = ½r² − r E[s] + ½E[s²]:
 * <pre>
 *   E[J₁] = J₂ = ½ r² + (α/2) Σₖ wₖ² xₖ²,        ∂J₂/∂wₖ = −r xₖ + α wₖ xₖ²
 * </pre>
 * the squared error plus an L2 penalty on each weight scaled by the square of its input. This is
 * the single-example form of the result of Srivastava et al. (2014, JMLR 15, §9.1) that dropout on
 * linear regression is, in expectation, ridge regression with a per-weight cost; Gaussian noise with
 * α = (1 − p)/p has the same mean and variance as Bernoulli dropout with keep probability p followed
 * by scaling by 1/p (their §10), and a quadratic objective sees only those two moments.
 *
 * <p>Which gradient of the sampled objective has the penalty in its expectation depends on what is
 * held fixed when differentiating; see {@link GaussianDropoutGradient}.
 *
 * <p>Immutable: the arrays given to {@link #of} are copied, and every accessor returns a copy.
 */
public final class GaussianDropoutLinear {

    /** A Monte Carlo estimate: the sample mean, its standard error s/√n, and n. */
    public record Estimate(double mean, double standardError, long samples) {
        public Estimate {
            Require.finite(mean, "mean");
            Require.nonNegative(standardError, "standardError");
            if (samples < 2) {
                throw new IllegalArgumentException("samples must be >= 2, got " + samples);
            }
        }

        static Estimate of(RunningStats s) {
            return new Estimate(s.mean(), s.standardError(), s.count());
        }

        /**
         * How many standard errors the estimate lies from {@code exact}: |mean − exact| / standardError
         * (0 when both the distance and the standard error are 0, +∞ when only the standard error is).
         *
         * @throws IllegalArgumentException if {@code exact} is not finite
         */
        public double standardErrorsFrom(double exact) {
            Require.finite(exact, "exact");
            double d = Require.finiteResult(Math.abs(mean - exact), "the distance from the mean " + mean + " to exact",
                    "exact is too far from the mean");
            if (standardError == 0) {
                return d == 0 ? 0 : Double.POSITIVE_INFINITY;
            }
            return Require.finiteResult(d / standardError, "the distance to exact in standard errors",
                    "exact is too far from the mean for its standard error");
        }

        /**
         * The largest {@link #standardErrorsFrom} over the estimates, each against its own exact value:
         * "every estimate lies within this many standard errors".
         *
         * @throws IllegalArgumentException for empty, null or mismatched arrays, or a non-finite exact value
         */
        public static double maxStandardErrors(Estimate[] estimates, double[] exact) {
            double worst = 0;
            for (int k = 0; k < requireSameLength(estimates, exact); k++) {
                worst = Math.max(worst, estimates[k].standardErrorsFrom(exact[k]));
            }
            return worst;
        }

        /**
         * The largest {@link #standardErrorsFrom} over the estimates, all against one exact value.
         *
         * @throws IllegalArgumentException for an empty or null array, or a non-finite exact value
         */
        public static double maxStandardErrors(Estimate[] estimates, double exact) {
            requireEstimates(estimates);
            double[] all = new double[estimates.length];
            Arrays.fill(all, exact);
            return maxStandardErrors(estimates, all);
        }

        /**
         * The smallest {@link #standardErrorsFrom} over the estimates, each against its own value:
         * "every estimate misses its value by at least this many standard errors".
         *
         * @throws IllegalArgumentException for empty, null or mismatched arrays, or a non-finite value
         */
        public static double minStandardErrors(Estimate[] estimates, double[] exact) {
            double least = Double.POSITIVE_INFINITY;
            for (int k = 0; k < requireSameLength(estimates, exact); k++) {
                least = Math.min(least, estimates[k].standardErrorsFrom(exact[k]));
            }
            return least;
        }

        /** The estimate as "mean ± standard error", both to four decimals ("3.8812 ± 0.0082"), for tables. */
        public String plusMinus() {
            return Format.text("%.4f ± %.4f", mean, standardError);
        }

        /**
         * {@link #plusMinus()} of every estimate, for a table column.
         *
         * @throws IllegalArgumentException for an empty or null array, or a null entry
         */
        public static String[] plusMinus(Estimate[] estimates) {
            requireEstimates(estimates);
            String[] s = new String[estimates.length];
            for (int k = 0; k < s.length; k++) {
                s[k] = estimates[k].plusMinus();
            }
            return s;
        }

        private static void requireEstimates(Estimate[] estimates) {
            Require.notNull(estimates, "estimates");
            if (estimates.length == 0) {
                throw new IllegalArgumentException("estimates must not be empty");
            }
            for (int k = 0; k < estimates.length; k++) {
                Require.notNull(estimates[k], "estimates[" + k + "]");
            }
        }

        private static int requireSameLength(Estimate[] estimates, double[] exact) {
            requireEstimates(estimates);
            Require.finite(exact, "exact");
            if (exact.length != estimates.length) {
                throw new IllegalArgumentException("estimates and exact must have the same length, got "
                        + estimates.length + " and " + exact.length);
            }
            return estimates.length;
        }
    }

    private final double[] w;
    private final double[] x;
    private final double target;
    private final double alpha;

    private GaussianDropoutLinear(double[] w, double[] x, double target, double alpha) {
        this.w = w;
        this.x = x;
        this.target = target;
        this.alpha = alpha;
    }

    /**
     * The unit with weights {@code w}, input {@code x}, target {@code yd} and relative noise variance
     * {@code alpha} ≥ 0 (δₖ ~ N(0, α wₖ²)).
     *
     * @throws IllegalArgumentException for empty or mismatched arrays, non-finite entries, or α &lt; 0
     */
    public static GaussianDropoutLinear of(double[] w, double[] x, double yd, double alpha) {
        Require.finite(Require.nonEmpty(w, "w"), "w");
        Require.finite(Require.nonEmpty(x, "x"), "x");
        Require.sameLength(w, "w", x, "x");
        Require.finite(yd, "yd");
        Require.nonNegative(alpha, "alpha");
        return new GaussianDropoutLinear(w.clone(), x.clone(), yd, alpha);
    }

    /**
     * The α of Gaussian dropout whose multiplier 1 + ε has the same mean (1) and variance as Bernoulli
     * dropout with keep probability p and inverted scaling m/p, m ~ Bernoulli(p): α = (1 − p)/p.
     */
    public static double alphaMatchingBernoulli(double keepProbability) {
        Require.finite(keepProbability, "keepProbability");
        if (!(keepProbability > 0 && keepProbability <= 1)) {
            throw new IllegalArgumentException("keepProbability must be in (0, 1], got " + keepProbability);
        }
        return Require.finiteResult((1 - keepProbability) / keepProbability, "α = (1 − p)/p",
                "keepProbability is too close to 0");
    }

    /** The same unit with other weights (same input, target and α). */
    public GaussianDropoutLinear withWeights(double[] w) {
        return of(w, x, target, alpha);
    }

    public int dimension() {
        return w.length;
    }

    public double[] weights() {
        return w.clone();
    }

    public double[] input() {
        return x.clone();
    }

    public double target() {
        return target;
    }

    public double alpha() {
        return alpha;
    }

    /** The noise-free output Σₖ wₖxₖ. */
    public double output() {
        double y = 0;
        for (int k = 0; k < w.length; k++) {
            y += w[k] * x[k];
        }
        return Require.finiteResult(y, "the output Σ wₖxₖ", "w or x is too large");
    }

    /** The noise-free residual r = y_d − Σₖ wₖxₖ. */
    public double residual() {
        return Require.finiteResult(target - output(), "the residual y_d − Σ wₖxₖ", "yd or the output is too large");
    }

    /** The variance α wₖ² of δₖ. */
    public double noiseVariance(int k) {
        Require.inRange(k, 0, w.length - 1, "k");
        return Require.finiteResult(alpha * w[k] * w[k], "α wₖ²", "w or alpha is too large");
    }

    /** The variance of the output noise s = Σₖ δₖxₖ: α Σₖ wₖ²xₖ² (the δₖ are independent). */
    public double outputNoiseVariance() {
        double v = 0;
        for (int k = 0; k < w.length; k++) {
            double wx = w[k] * x[k];
            v += wx * wx;
        }
        return Require.finiteResult(alpha * v, "the output noise variance α Σ wₖ²xₖ²", "w, x or alpha is too large");
    }

    /** The penalty (α/2) Σₖ wₖ²xₖ² = E[J₁] − ½r². */
    public double penalty() {
        return 0.5 * outputNoiseVariance();
    }

    /** The penalty's gradient α wₖ xₖ², coordinate by coordinate. */
    public double[] penaltyGradient() {
        double[] g = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            g[k] = Require.finiteResult(alpha * w[k] * x[k] * x[k], "the penalty gradient α wₖ xₖ²",
                    "w, x or alpha is too large");
        }
        return g;
    }

    /** The closed form E[J₁] = J₂ = ½r² + (α/2) Σₖ wₖ²xₖ². */
    public double expectedObjective() {
        double r = residual();
        return Require.finiteResult(0.5 * r * r + penalty(), "E[J₁] = ½r² + penalty", "the residual is too large");
    }

    /**
     * The exact variance of J₁: with s ~ N(0, v), v = α Σ wₖ²xₖ², (r − s)² is a scaled non-central χ²
     * with variance 2v² + 4r²v, so Var J₁ = ½v² + r²v. It gives the standard error that a Monte Carlo
     * estimate of E[J₁] from n samples should have, √(Var J₁ / n).
     */
    public double objectiveVariance() {
        double v = outputNoiseVariance();
        double r = residual();
        return Require.finiteResult(0.5 * v * v + r * r * v, "Var J₁", "w, x, yd or alpha is too large");
    }

    /**
     * The closed form of E[∂J₁/∂wₖ] under the given reading: −r xₖ + α wₖ xₖ² for
     * {@link GaussianDropoutGradient#REPARAMETERIZED} and {@link GaussianDropoutGradient#SCORE_FUNCTION}
     * (the gradient of J₂), −r xₖ for {@link GaussianDropoutGradient#NOISE_HELD_FIXED}.
     */
    public double[] expectedGradient(GaussianDropoutGradient reading) {
        Require.notNull(reading, "reading");
        double r = residual();
        double[] g = reading.estimatesGradientOfExpectation() ? penaltyGradient() : new double[w.length];
        for (int k = 0; k < w.length; k++) {
            g[k] = Require.finiteResult(g[k] - r * x[k], "the expected gradient", "w, x or yd is too large");
        }
        return g;
    }

    /** ∇J₂ = −r x + α w∘x², the gradient of the expected objective. */
    public double[] expectedObjectiveGradient() {
        return expectedGradient(GaussianDropoutGradient.REPARAMETERIZED);
    }

    /** J₁ for an additive weight perturbation δ (any δ, sampled or not): ½(y_d − Σₖ (wₖ + δₖ)xₖ)². */
    public double noisyObjective(double[] delta) {
        Require.finite(delta, "delta");
        Require.sameLength(delta, "delta", w, "w");
        double e = target;
        for (int k = 0; k < w.length; k++) {
            e -= (w[k] + delta[k]) * x[k];
        }
        return Require.finiteResult(0.5 * e * e, "J₁", "delta (epsilon), w or x is too large");
    }

    /** J₁ for a relative perturbation ε, i.e. δ = w∘ε: ½(y_d − Σₖ wₖ(1 + εₖ)xₖ)². */
    public double noisyObjectiveRelative(double[] epsilon) {
        return noisyObjective(delta(epsilon));
    }

    /** δ = w∘ε. */
    public double[] delta(double[] epsilon) {
        Require.finite(epsilon, "epsilon");
        Require.sameLength(epsilon, "epsilon", w, "w");
        double[] d = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            d[k] = w[k] * epsilon[k];
        }
        return d;
    }

    /** Draws ε with independent εₖ ~ N(0, α) from {@code rng} (advances it). */
    public double[] sampleEpsilon(SplittableRandom rng) {
        Require.notNull(rng, "rng");
        double sd = Math.sqrt(alpha);
        double[] e = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            e[k] = sd * rng.nextGaussian();
        }
        return e;
    }

    /**
     * The gradient of the sampled objective for the relative noise ε (δ = w∘ε), under the given
     * reading. With e = y_d − Σⱼ wⱼ(1 + εⱼ)xⱼ the noisy residual:
     * <ul>
     *   <li>REPARAMETERIZED: ∂J₁(w, w∘ε)/∂wₖ = −e (1 + εₖ) xₖ;</li>
     *   <li>NOISE_HELD_FIXED: ∂J₁(w, δ)/∂wₖ at fixed δ = −e xₖ;</li>
     *   <li>SCORE_FUNCTION: −e xₖ + J₁ (εₖ²/α − 1)/wₖ, where (εₖ²/α − 1)/wₖ = ∂ log N(δₖ; 0, αwₖ²)/∂wₖ.</li>
     * </ul>
     *
     * @throws IllegalArgumentException for SCORE_FUNCTION when α = 0 or some wₖ = 0 (the noise
     *     density is then degenerate and has no score)
     */
    public double[] noisyGradient(double[] epsilon, GaussianDropoutGradient reading) {
        Require.notNull(reading, "reading");
        if (reading == GaussianDropoutGradient.SCORE_FUNCTION) {
            requireScoreFunctionDefined();
        }
        double[] d = delta(epsilon);
        double e = target;
        for (int k = 0; k < w.length; k++) {
            e -= (w[k] + d[k]) * x[k];
        }
        double[] g = new double[w.length];
        for (int k = 0; k < w.length; k++) {
            switch (reading) {
                case REPARAMETERIZED -> g[k] = -e * (1 + epsilon[k]) * x[k];
                case NOISE_HELD_FIXED -> g[k] = -e * x[k];
                case SCORE_FUNCTION -> g[k] = -e * x[k]
                        + 0.5 * e * e * (epsilon[k] * epsilon[k] / alpha - 1) / w[k];
                default -> throw new AssertionError(reading);
            }
            Require.finiteResult(g[k], "the sampled gradient", "epsilon (or w, x) is too large");
        }
        return g;
    }

    private void requireSampleCount(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("n must be >= 2 (a standard error needs two samples), got " + n);
        }
        Require.iterations(n, 2, "n");
        // a sample draws ε (a Gaussian per weight) and evaluates J₁ or its gradient: some 10 operations per weight
        Require.work(n * (10.0 * w.length + 50), "n × (10 × weights + 50) = " + n + " × (10 × " + w.length
                + " + 50) for the samples");
    }

    private void requireScoreFunctionDefined() {
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("the score-function gradient needs alpha > 0, got " + alpha);
        }
        for (int k = 0; k < w.length; k++) {
            if (w[k] == 0) {
                throw new IllegalArgumentException(
                        "the score-function gradient needs every weight != 0, got w[" + k + "] = 0");
            }
        }
    }

    /** Monte Carlo estimate of E[J₁] from n ≥ 2 samples of ε drawn from {@code new SplittableRandom(seed)}. */
    public Estimate monteCarloObjective(int n, long seed) {
        requireSampleCount(n);
        SplittableRandom rng = new SplittableRandom(seed);
        RunningStats s = new RunningStats();
        for (int i = 0; i < n; i++) {
            s.add(noisyObjectiveRelative(sampleEpsilon(rng)));
        }
        return Estimate.of(s);
    }

    /**
     * Monte Carlo estimates of E[∂J₁/∂wₖ] for every k, from the same n ≥ 2 samples of ε drawn from
     * {@code new SplittableRandom(seed)}, under the given reading.
     */
    public Estimate[] monteCarloGradient(int n, long seed, GaussianDropoutGradient reading) {
        requireSampleCount(n);
        Require.notNull(reading, "reading");
        return monteCarloMeans(n, seed, e -> noisyGradient(e, reading));
    }

    /**
     * Monte Carlo estimates of E[δₖ xₖ²] for every k (δ = w∘ε), from n ≥ 2 samples of ε drawn from
     * {@code new SplittableRandom(seed)}. The exact value is 0, since E[δₖ] = 0: Question 6 sets this
     * first-moment term of the seed's derivation against the second moment α wₖ² xₖ² that its final
     * formula carries.
     */
    public Estimate[] monteCarloDeltaTimesSquaredInput(int n, long seed) {
        requireSampleCount(n);
        return monteCarloMeans(n, seed, e -> {
            double[] d = delta(e);
            double[] t = new double[d.length];
            for (int k = 0; k < d.length; k++) {
                t[k] = d[k] * x[k] * x[k];
            }
            return t;
        });
    }

    /**
     * Monte Carlo estimates of the mean difference of two readings' sampled gradients,
     * E[∂J₁/∂wₖ (reading) − ∂J₁/∂wₖ (other)], both evaluated on each of the same n ≥ 2 samples of ε
     * drawn from {@code new SplittableRandom(seed)}. Through the noise minus held fixed it is the
     * penalty gradient α wₖ xₖ² (Question 6).
     */
    public Estimate[] monteCarloGradientDifference(int n, long seed, GaussianDropoutGradient reading,
                                                   GaussianDropoutGradient other) {
        requireSampleCount(n);
        Require.notNull(reading, "reading");
        Require.notNull(other, "other");
        return monteCarloMeans(n, seed, e -> {
            double[] a = noisyGradient(e, reading);
            double[] b = noisyGradient(e, other);
            double[] g = new double[a.length];
            for (int k = 0; k < a.length; k++) {
                g[k] = a[k] - b[k];
            }
            return g;
        });
    }

    /** Per-coordinate running means of {@code statistic}(ε) over n samples of ε from one seeded stream. */
    private Estimate[] monteCarloMeans(int n, long seed, Function<double[], double[]> statistic) {
        SplittableRandom rng = new SplittableRandom(seed);
        RunningStats[] s = new RunningStats[w.length];
        for (int k = 0; k < w.length; k++) {
            s[k] = new RunningStats();
        }
        for (int i = 0; i < n; i++) {
            double[] g = statistic.apply(sampleEpsilon(rng));
            for (int k = 0; k < w.length; k++) {
                s[k].add(g[k]);
            }
        }
        Estimate[] out = new Estimate[w.length];
        for (int k = 0; k < w.length; k++) {
            out[k] = Estimate.of(s[k]);
        }
        return out;
    }

    /**
     * {@code count} draws of ε (each with independent εₖ ~ N(0, α)) from {@code new SplittableRandom(seed)},
     * to be held fixed ("frozen") while the weights move: the rows of the result are the draws.
     *
     * @throws IllegalArgumentException for count &lt; 1 or more entries than one call may allocate
     */
    public double[][] sampleEpsilons(int count, long seed) {
        Require.positive(count, "count");
        Require.entries((double) count * w.length, "count × dimension = " + count + " × " + w.length);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] e = new double[count][];
        for (int i = 0; i < count; i++) {
            e[i] = sampleEpsilon(rng);
        }
        return e;
    }

    /**
     * The average of J₁ over given relative perturbations, (1/m) Σᵢ J₁(w∘εᵢ): with the ε held fixed, a
     * function of the weights whose derivative goes through the noise.
     *
     * @throws IllegalArgumentException for an empty or null {@code epsilons}, or a row of the wrong length
     */
    public double meanNoisyObjectiveRelative(double[][] epsilons) {
        requireDraws(epsilons, "epsilons");
        return Arrays.stream(epsilons).mapToDouble(this::noisyObjectiveRelative).average().orElseThrow();
    }

    /**
     * The average of J₁ over given additive perturbations, (1/m) Σᵢ J₁(δᵢ): with the numbers δ held
     * fixed while the weights move.
     *
     * @throws IllegalArgumentException for an empty or null {@code deltas}, or a row of the wrong length
     */
    public double meanNoisyObjective(double[][] deltas) {
        requireDraws(deltas, "deltas");
        return Arrays.stream(deltas).mapToDouble(this::noisyObjective).average().orElseThrow();
    }

    /**
     * The average of the sampled gradients of the given reading over given draws of ε,
     * (1/m) Σᵢ ∂J₁/∂w (εᵢ), accumulated as Σᵢ (gᵢ/m).
     *
     * @throws IllegalArgumentException for an empty or null {@code epsilons}, or a row of the wrong length
     */
    public double[] meanNoisyGradient(double[][] epsilons, GaussianDropoutGradient reading) {
        requireDraws(epsilons, "epsilons");
        Require.notNull(reading, "reading");
        double[] mean = new double[w.length];
        for (double[] e : epsilons) {
            double[] g = noisyGradient(e, reading);
            for (int k = 0; k < w.length; k++) {
                mean[k] += g[k] / epsilons.length;
            }
        }
        return mean;
    }

    private void requireDraws(double[][] draws, String name) {
        Require.finite(draws, name);
        if (draws.length == 0) {
            throw new IllegalArgumentException(name + " must hold at least one draw");
        }
        if (draws[0].length != w.length) {
            throw new IllegalArgumentException(name + " must have rows of " + w.length + " entries (one per weight), got "
                    + draws[0].length);
        }
    }
}
