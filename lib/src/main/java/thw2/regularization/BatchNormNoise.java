package thw2.regularization;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Gamma;
import thw2.args.Require;
import thw2.stats.RunningStats;

/**
 * The noise that batch normalization puts on one example: the same input x normalized inside many
 * random batches gives many different x̂ = (x − μ_B)/√(σ²_B + ε), because μ_B and σ²_B depend on the
 * other B − 1 members of the batch.
 *
 * <p>Its size, to first order in 1/B (delta method): write z = (x − m)/s for the population mean m and
 * standard deviation s, γ₁ = E(x − m)³/s³ (skewness) and κ = E(x − m)⁴/s⁴ (kurtosis). Then
 * x̂ ≈ z − (μ_B − m)/s − (z/2)(σ²_B − s²)/s², and with Var μ_B ≈ s²/B, Var σ²_B ≈ (κ − 1)s⁴/B and
 * Cov(μ_B, σ²_B) ≈ γ₁s³/B,
 *
 * <pre>
 *   Var x̂ ≈ (1 + γ₁·z + (κ − 1)·z²/4) / B      (= (1 + z²/2)/B for Gaussian data),
 * </pre>
 *
 * so the spread shrinks like 1/√B and is larger for examples far from the mean. At inference time the
 * running statistics are fixed and the spread is exactly 0.
 *
 * <p>That formula treats μ_B and σ²_B as if the example were not in its own batch. It is: with ȳ and S
 * the mean and the variance (divisor B − 1) of the other B − 1 members, in units of s around m, exact
 * algebra gives (ε = 0)
 *
 * <pre>
 *   x̂ = √(B − 1)·(z − ȳ) / √(B·S + (z − ȳ)²),
 * </pre>
 *
 * and the example's own share (z − ȳ)² next to B·S ≈ B is a relative correction of order z²/B. Keeping
 * it and linearizing in ȳ and S multiplies the first-order variance by (1 + z²/B)⁻³
 * ({@link #firstOrderVarianceWithOwnShare}). For Gaussian batch-mates ȳ ~ N(0, 1/(B − 1)) and
 * (B − 1)·S ~ χ²(B − 2) are independent, so the mean and variance of x̂ are a two-dimensional integral,
 * evaluated by quadrature in {@link #exactGaussianMoments}: an answer with no expansion at all.
 */
public final class BatchNormNoise {
    private BatchNormNoise() {}

    /**
     * x̂ of {@code population[index]} in {@code draws} batches, each made of that example and B − 1
     * others drawn without replacement from the rest of the population (seeded).
     */
    public static double[] normalizedInRandomBatches(double[] population, int index, int batchSize, int draws,
                                                     double epsilon, long seed) {
        Require.finite(Require.nonEmpty(population, "population"), "population");
        int n = population.length;
        if (index < 0 || index >= n) {
            throw new IllegalArgumentException("index must be in [0, " + n + ") for a population of " + n
                    + " values, got " + index);
        }
        if (batchSize < 2 || batchSize > n) {
            throw new IllegalArgumentException("batchSize must be in [2, N = " + n + "], got " + batchSize);
        }
        Require.iterations(draws, 1, "draws");
        Require.entries(draws, "draws");
        Require.work(draws * (10.0 * batchSize + 100), "draws × (10 × batchSize + 100) = " + draws + " × (10 × "
                + batchSize + " + 100) for the batches");
        Require.nonNegative(epsilon, "epsilon");
        int[] others = new int[n - 1];
        for (int i = 0, k = 0; i < n; i++) {
            if (i != index) {
                others[k++] = i;
            }
        }
        SplittableRandom r = new SplittableRandom(seed);
        double x = population[index];
        double[] batch = new double[batchSize];
        double[] out = new double[draws];
        for (int t = 0; t < draws; t++) {
            batch[0] = x;
            for (int k = 0; k < batchSize - 1; k++) { // partial Fisher–Yates over the others
                int j = k + r.nextInt(others.length - k);
                int tmp = others[k];
                others[k] = others[j];
                others[j] = tmp;
                batch[k + 1] = population[others[k]];
            }
            out[t] = BatchNormStatistics.of(batch, epsilon).normalize(x);
        }
        return out;
    }

    /**
     * Population moments (divisor N): mean m, variance s², skewness γ₁ and kurtosis κ (3 for a
     * Gaussian).
     */
    public record Moments(double mean, double variance, double skewness, double kurtosis) {
        public Moments {
            Require.finite(mean, "mean");
            Require.positive(variance, "variance");
            Require.finite(skewness, "skewness");
            Require.finite(kurtosis, "kurtosis");
            if (kurtosis < 1) {
                throw new IllegalArgumentException("kurtosis must be >= 1 (E z⁴ >= (E z²)²), got " + kurtosis);
            }
        }

        /** z = (x − m)/s. */
        public double standardize(double x) {
            Require.finite(x, "x");
            return Require.finiteResult((x - mean) / Math.sqrt(variance), "the standardized x", "x is too large");
        }
    }

    /** The population moments of {@code values} (at least two distinct values). */
    public static Moments moments(double[] values) {
        Require.finite(Require.nonEmpty(values, "values"), "values");
        // moments of values / s, s a power of two near max|v| (exact): skewness and kurtosis do not
        // depend on s, and nothing overflows or vanishes when it is raised to the fourth power
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        double s = max == 0 ? 1 : Math.scalb(1.0, Math.getExponent(max));
        double m = 0;
        for (double v : values) {
            m += v / s;
        }
        m /= values.length;
        double m2 = 0;
        double m3 = 0;
        double m4 = 0;
        for (double v : values) {
            double d = v / s - m;
            double d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }
        m2 /= values.length;
        m3 /= values.length;
        m4 /= values.length;
        if (!(m2 > 0)) {
            throw new IllegalArgumentException("values must not all be equal (variance 0)");
        }
        double variance = m2 * s * s;
        if (!Double.isFinite(variance) || variance == 0) {
            throw new IllegalArgumentException("values are of order " + s + ": their variance " + (variance == 0
                    ? "underflows to 0" : "overflows") + " a double (skewness and kurtosis would not, but the"
                    + " variance is part of the result)");
        }
        return new Moments(m * s, variance, m3 / Math.pow(m2, 1.5), m4 / (m2 * m2));
    }

    /**
     * The first-order variance with the example's own share of σ²_B kept:
     * (1 + γ₁z + (κ − 1)z²/4)/B · (1 + z²/B)⁻³.
     */
    public static double firstOrderVarianceWithOwnShare(double z, double skewness, double kurtosis, int batchSize) {
        double v = asymptoticVariance(z, skewness, kurtosis, batchSize);
        return v / Math.pow(1 + z * z / batchSize, 3);
    }

    /** Mean and variance of x̂ over random batches. */
    public record NormalizedMoments(double mean, double variance) {
        public NormalizedMoments {
            Require.finite(mean, "mean");
            Require.nonNegative(Require.finite(variance, "variance"), "variance");
        }

        public double standardDeviation() {
            return Math.sqrt(variance);
        }
    }

    /**
     * The exact mean and variance of x̂ (ε = 0) for an example at z = (x − m)/s whose B − 1 batch-mates are
     * independent draws from N(m, s²), by quadrature over the batch-mates' mean ȳ ~ N(0, 1/(B − 1)) and
     * sum of squares W = (B − 1)·S ~ χ²(B − 2), which are independent:
     * x̂ = √(B − 1)·(z − ȳ) / √(B·W/(B − 1) + (z − ȳ)²). Trapezoid rules over log W and, for ȳ within ±10
     * standard deviations, over v with z − ȳ = √(B·W/(B − 1))·sinh v, in which x̂ = √(B − 1)·tanh v is
     * smooth (both integrands are smooth and decay fast, where the trapezoid rule converges
     * geometrically); B = 2 is done in closed form (x̂ = ±1, the sign of z − ȳ). For B = 3 and z = 0 the
     * result is E x̂² = √3 − 1 to about 1e-10 (a closed form, see the unit tests).
     */
    public static NormalizedMoments exactGaussianMoments(double z, int batchSize) {
        Require.finite(z, "z");
        if (batchSize < 2) {
            throw new IllegalArgumentException("batchSize must be >= 2, got " + batchSize);
        }
        if (batchSize == 2) { // x̂ = sign(z − ȳ) with ȳ ~ N(0, 1): P(x̂ = 1) = Φ(z)
            double p = 0.5 * org.apache.commons.math3.special.Erf.erfc(-z / Math.sqrt(2));
            double mean = 2 * p - 1;
            return new NormalizedMoments(mean, 1 - mean * mean);
        }
        int b = batchSize;
        double k = b - 2;                       // degrees of freedom of W
        double su = 1 / Math.sqrt(b - 1.0);     // standard deviation of ȳ
        double c = b / (b - 1.0);
        int nv = 600;
        int nt = 1600;
        // W = (B − 1)·S: its χ²(k) density lives within k ± 12·√(2k) (with room for small k's long tails)
        double spread = 12 * Math.sqrt(2 * k);
        double lo = Math.log(Math.max(1e-30, k - spread));
        double hi = Math.log(k + spread + 60);
        double dt = (hi - lo) / nt;
        double logNorm = (k / 2) * Math.log(2) + Gamma.logGamma(k / 2);
        double mass = 0;
        double m1 = 0;
        double m2 = 0;
        for (int i = 0; i <= nt; i++) {
            double t = lo + i * dt;
            double w = Math.exp(t);
            // χ²(k) density times w (the Jacobian of w = e^t)
            double fw = Math.exp((k / 2) * t - w / 2 - logNorm) * ((i == 0 || i == nt) ? 0.5 : 1);
            // u = z − ȳ = a·sinh(v) with a = √(c·w): x̂ = √(B − 1)·tanh(v) is smooth in v even when w is
            // tiny, where x̂ jumps from −√(B − 1) to √(B − 1) within |u| ≲ a
            double a = Math.sqrt(c * w);
            double v0 = asinh((z - 10 * su) / a);
            double v1 = asinh((z + 10 * su) / a);
            double dv = (v1 - v0) / nv;
            for (int j = 0; j <= nv; j++) {
                double v = v0 + j * dv;
                double u = a * Math.sinh(v);
                double g = (u - z) / su;
                double weight = fw * Math.exp(-0.5 * g * g) * a * Math.cosh(v) * dv / su
                        * ((j == 0 || j == nv) ? 0.5 : 1);
                double xhat = Math.sqrt(b - 1.0) * Math.tanh(v);
                mass += weight;
                m1 += weight * xhat;
                m2 += weight * xhat * xhat;
            }
        }
        double mean = m1 / mass;
        return new NormalizedMoments(mean, Math.max(0, m2 / mass - mean * mean));
    }

    /**
     * The exact variance of x̂ for Gaussian batch-mates: {@link #exactGaussianMoments}{@code (z, B).variance()}.
     *
     * @throws IllegalArgumentException if z is not finite or B &lt; 2
     */
    public static double exactGaussianVariance(double z, int batchSize) {
        return exactGaussianMoments(z, batchSize).variance();
    }

    /**
     * The exact standard deviation of x̂ for Gaussian batch-mates, the square root of
     * {@link #exactGaussianVariance}: the "exact" curves of Question 1b.
     *
     * @throws IllegalArgumentException if z is not finite or B &lt; 2
     */
    public static double exactGaussianStandardDeviation(double z, int batchSize) {
        return exactGaussianMoments(z, batchSize).standardDeviation();
    }

    /**
     * The first-order standard deviation √((1 + z²/2)/B) of x̂ for Gaussian data (skewness 0,
     * kurtosis 3 in {@link #asymptoticVariance}): the "first order" curves of Question 1b.
     *
     * @throws IllegalArgumentException if z is not finite or B &lt; 1
     */
    public static double firstOrderGaussianStandardDeviation(double z, int batchSize) {
        return Math.sqrt(Require.finiteResult(asymptoticVariance(z, 0, 3, batchSize), "the first-order variance",
                "z = " + z + " is too large: z² overflows"));
    }

    /**
     * The first-order standard deviation with the example's own share kept, for Gaussian data:
     * √((1 + z²/2)/B · (1 + z²/B)⁻³) ({@link #firstOrderVarianceWithOwnShare} with skewness 0 and
     * kurtosis 3).
     *
     * @throws IllegalArgumentException if z is not finite or B &lt; 1
     */
    public static double ownShareGaussianStandardDeviation(double z, int batchSize) {
        return Math.sqrt(Require.finiteResult(firstOrderVarianceWithOwnShare(z, 0, 3, batchSize),
                "the first-order variance with the own share", "z = " + z + " is too large: z² overflows"));
    }

    /**
     * The relative error of the first-order standard deviation for Gaussian data against the exact one,
     * {@link #firstOrderGaussianStandardDeviation}/{@link #exactGaussianStandardDeviation} − 1: of order
     * (1 + z²)/B, positive where the first-order formula overstates the spread.
     *
     * @throws IllegalArgumentException if z is not finite or B &lt; 2
     */
    public static double firstOrderGaussianRelativeError(double z, int batchSize) {
        return firstOrderGaussianStandardDeviation(z, batchSize) / exactGaussianStandardDeviation(z, batchSize) - 1;
    }

    /**
     * The relative error of the first-order standard deviation with the example's own share kept, for
     * Gaussian data, against the exact one:
     * {@link #ownShareGaussianStandardDeviation}/{@link #exactGaussianStandardDeviation} − 1.
     *
     * @throws IllegalArgumentException if z is not finite or B &lt; 2
     */
    public static double ownShareGaussianRelativeError(double z, int batchSize) {
        return ownShareGaussianStandardDeviation(z, batchSize) / exactGaussianStandardDeviation(z, batchSize) - 1;
    }

    /** A quantity that depends on where an example sits (its z) and on the batch size B. */
    @FunctionalInterface
    public interface PointFunction {
        /**
         * @param z         the example's standardized value (x − m)/s
         * @param batchSize B
         * @return the quantity at (z, B)
         */
        double at(double z, int batchSize);
    }

    /**
     * The simulated spread of x̂ at a list of points (z, B): for each, the sample variance of x̂ over
     * the random batches and its standard error ({@link RunningStats#varianceStandardError}).
     *
     * @param z                      the examples' standardized values, one per point
     * @param batchSizes             the batch sizes, one per point, each ≥ 2
     * @param variances              the sample variances of x̂, each ≥ 0
     * @param varianceStandardErrors their standard errors, each ≥ 0
     */
    public record Spreads(double[] z, int[] batchSizes, double[] variances, double[] varianceStandardErrors) {
        public Spreads {
            z = Require.finite(Require.nonEmpty(z, "z"), "z").clone();
            Require.notNull(batchSizes, "batchSizes");
            variances = Require.finite(variances, "variances").clone();
            varianceStandardErrors = Require.finite(varianceStandardErrors, "varianceStandardErrors").clone();
            if (batchSizes.length != z.length || variances.length != z.length || varianceStandardErrors.length != z.length) {
                throw new IllegalArgumentException("z, batchSizes, variances and varianceStandardErrors must have one"
                        + " entry per point, got " + z.length + ", " + batchSizes.length + ", " + variances.length
                        + " and " + varianceStandardErrors.length);
            }
            batchSizes = batchSizes.clone();
            for (int i = 0; i < z.length; i++) {
                if (batchSizes[i] < 2) {
                    throw new IllegalArgumentException("batchSizes[" + i + "] must be >= 2, got " + batchSizes[i]);
                }
                Require.nonNegative(variances[i], "variances[" + i + "]");
                Require.nonNegative(varianceStandardErrors[i], "varianceStandardErrors[" + i + "]");
            }
        }

        @Override
        public double[] z() {
            return z.clone();
        }

        @Override
        public int[] batchSizes() {
            return batchSizes.clone();
        }

        @Override
        public double[] variances() {
            return variances.clone();
        }

        @Override
        public double[] varianceStandardErrors() {
            return varianceStandardErrors.clone();
        }

        /** The number of points. */
        public int size() {
            return z.length;
        }

        /** The simulated standard deviations √(variance), one per point. */
        public double[] standardDeviations() {
            double[] sd = new double[z.length];
            for (int i = 0; i < sd.length; i++) {
                sd[i] = Math.sqrt(variances[i]);
            }
            return sd;
        }

        /**
         * B·Var x̂ at each point: to first order (1 + γ₁z + (κ − 1)z²/4), which does not depend on B.
         */
        public double[] scaledVariances() {
            double[] out = new double[z.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = batchSizes[i] * variances[i];
            }
            return out;
        }

        /** The points of this list followed by those of {@code other}. */
        public Spreads and(Spreads other) {
            Require.notNull(other, "other");
            int n = z.length;
            int m = other.z.length;
            double[] zz = java.util.Arrays.copyOf(z, n + m);
            int[] bb = java.util.Arrays.copyOf(batchSizes, n + m);
            double[] vv = java.util.Arrays.copyOf(variances, n + m);
            double[] ss = java.util.Arrays.copyOf(varianceStandardErrors, n + m);
            System.arraycopy(other.z, 0, zz, n, m);
            System.arraycopy(other.batchSizes, 0, bb, n, m);
            System.arraycopy(other.variances, 0, vv, n, m);
            System.arraycopy(other.varianceStandardErrors, 0, ss, n, m);
            return new Spreads(zz, bb, vv, ss);
        }

        /**
         * {@code f} at each point (zᵢ, Bᵢ): for setting a formula, such as
         * {@link BatchNormNoise#exactGaussianVariance}, beside the simulation.
         *
         * @throws IllegalArgumentException if {@code f} is null
         * @throws ArithmeticException if {@code f} gives a value that is not finite
         */
        public double[] at(PointFunction f) {
            Require.notNull(f, "f");
            double[] out = new double[z.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = Require.finiteResult(f.at(z[i], batchSizes[i]), "f at point " + i + " (z = " + z[i] + ", B = "
                        + batchSizes[i] + ")", "f must give finite values");
            }
            return out;
        }
    }

    /**
     * Question 1b's experiment: a fixed population of values of one unit, from which examples are
     * picked by their z and normalized in many random batches ({@link #normalizedInRandomBatches}).
     * Immutable; the population is copied.
     */
    public static final class Simulation {
        private final double[] population;
        private final double[] z;
        private final Moments moments;
        private final double epsilon;
        private final int draws;

        /**
         * @param population the unit's values, at least two of them distinct
         * @param epsilon    ε ≥ 0 of the normalization
         * @param draws      the number of random batches per simulated point, ≥ 2
         * @throws IllegalArgumentException if the population is empty, has a non-finite entry or no
         *         spread, ε is negative, or draws is out of range
         */
        public Simulation(double[] population, double epsilon, int draws) {
            Require.finite(Require.nonEmpty(population, "population"), "population");
            try {
                this.moments = BatchNormNoise.moments(population);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("population: " + e.getMessage(), e);
            }
            this.population = population.clone();
            this.epsilon = Require.nonNegative(Require.finite(epsilon, "epsilon"), "epsilon");
            this.draws = Require.iterations(draws, 2, "draws");
            Require.entries(draws, "draws");
            this.z = new double[population.length];
            for (int i = 0; i < z.length; i++) {
                z[i] = moments.standardize(this.population[i]);
            }
        }

        /** The population's moments (divisor N). */
        public Moments moments() {
            return moments;
        }

        /** N, the size of the population. */
        public int size() {
            return population.length;
        }

        /** The number of random batches per simulated point. */
        public int draws() {
            return draws;
        }

        /** ε of the normalization. */
        public double epsilon() {
            return epsilon;
        }

        /**
         * z = (x − m)/s of example {@code index}.
         *
         * @throws IllegalArgumentException if index is not in [0, N)
         */
        public double z(int index) {
            return z[Require.index(index, z.length, "index")];
        }

        /**
         * The example whose z is nearest to {@code target} (the first one, on a tie).
         *
         * @throws IllegalArgumentException if target is not finite
         */
        public int nearest(double target) {
            Require.finite(target, "target");
            int best = 0;
            for (int i = 1; i < z.length; i++) {
                if (Math.abs(z[i] - target) < Math.abs(z[best] - target)) {
                    best = i;
                }
            }
            return best;
        }

        /**
         * x̂ of example {@code index} in {@link #draws()} random batches of size B:
         * {@link BatchNormNoise#normalizedInRandomBatches} on this population.
         *
         * @throws IllegalArgumentException if index is not in [0, N) or B not in [2, N]
         */
        public double[] normalized(int index, int batchSize, long seed) {
            return normalizedInRandomBatches(population, index, batchSize, draws, epsilon, seed);
        }

        /**
         * The spread of x̂ for one example in batches of several sizes, the k-th size simulated with
         * seed {@code firstSeed + k}.
         *
         * @throws IllegalArgumentException if index is not in [0, N), batchSizes is empty or has a size
         *         outside [2, N]
         */
        public Spreads acrossBatchSizes(int index, int[] batchSizes, long firstSeed) {
            Require.index(index, population.length, "index");
            Require.notNull(batchSizes, "batchSizes");
            int[] indices = new int[batchSizes.length];
            java.util.Arrays.fill(indices, index);
            return simulate(indices, batchSizes, firstSeed);
        }

        /**
         * The spread of x̂ for several examples in batches of one size, the k-th example simulated with
         * seed {@code firstSeed + k}.
         *
         * @throws IllegalArgumentException if indices is empty or has an entry outside [0, N), or B is
         *         not in [2, N]
         */
        public Spreads acrossExamples(int[] indices, int batchSize, long firstSeed) {
            Require.notNull(indices, "indices");
            if (batchSize < 2 || batchSize > population.length) {
                throw new IllegalArgumentException("batchSize must be in [2, N = " + population.length + "], got "
                        + batchSize);
            }
            int[] sizes = new int[indices.length];
            java.util.Arrays.fill(sizes, batchSize);
            return simulate(indices, sizes, firstSeed);
        }

        private Spreads simulate(int[] indices, int[] batchSizes, long firstSeed) {
            int n = indices.length;
            if (n == 0) {
                throw new IllegalArgumentException("indices and batchSizes must not be empty");
            }
            for (int k = 0; k < n; k++) {
                Require.index(indices[k], population.length, "indices[" + k + "]");
                if (batchSizes[k] < 2 || batchSizes[k] > population.length) {
                    throw new IllegalArgumentException("batchSizes[" + k + "] must be in [2, N = " + population.length
                            + "], got " + batchSizes[k]);
                }
            }
            Require.entries((double) n * draws, "points × draws = " + n + " × " + draws);
            double[] zs = new double[n];
            double[] v = new double[n];
            double[] se = new double[n];
            for (int k = 0; k < n; k++) {
                RunningStats r = new RunningStats().addAll(normalized(indices[k], batchSizes[k], firstSeed + k));
                zs[k] = z[indices[k]];
                v[k] = r.variance();
                se[k] = r.varianceStandardError();
            }
            return new Spreads(zs, batchSizes, v, se);
        }
    }

    private static double asinh(double x) {
        double ax = Math.abs(x);
        double r = Math.log(ax + Math.sqrt(ax * ax + 1));
        return x < 0 ? -r : r;
    }

    /** The first-order variance (1 + γ₁z + (κ − 1)z²/4)/B of x̂ for an example at z. */
    public static double asymptoticVariance(double z, double skewness, double kurtosis, int batchSize) {
        Require.finite(z, "z");
        Require.finite(skewness, "skewness");
        Require.finite(kurtosis, "kurtosis");
        if (kurtosis < 1) {
            throw new IllegalArgumentException("kurtosis must be >= 1, got " + kurtosis);
        }
        Require.positive(batchSize, "batchSize");
        return (1 + skewness * z + (kurtosis - 1) * z * z / 4) / batchSize;
    }
}
