package thw2.regularization;

import java.util.SplittableRandom;
import thw2.check.Require;

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
