package thw2.regularization;

import java.util.SplittableRandom;
import org.apache.commons.math3.special.Gamma;
import thw2.args.Require;

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
