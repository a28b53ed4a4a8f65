package thw2.regularization;

import thw2.args.Require;

/**
 * The statistics batch normalization uses in training mode for one feature over one batch
 * x₁, …, x_B (Ioffe &amp; Szegedy, <i>Batch Normalization</i>, ICML 2015, Algorithm 1):
 *
 * <pre>
 *   μ_B = (1/B) Σ xᵢ,   σ²_B = (1/B) Σ (xᵢ − μ_B)²   (biased: divisor B),
 *   x̂ᵢ = (xᵢ − μ_B) / √(σ²_B + ε),   yᵢ = γ·x̂ᵢ + β.
 * </pre>
 *
 * μ_B and σ²_B depend on which other examples share the batch; that is the only random part of the
 * transform. γ and β are ordinary deterministic parameters. Immutable; the batch is copied.
 *
 * <p>The batch is scaled by a power of two near its largest |x| before squaring (exact, so results
 * are unchanged for ordinary data): a batch of ±1e200 normalizes to ±1 instead of 0 (its squares
 * would overflow), and one of ±1e-200 to ±1 when ε = 0 instead of failing (its squares would
 * vanish). A variance beyond the double range is reported by its getters
 * ({@link ArithmeticException}), never returned as ∞.
 */
public final class BatchNormStatistics {
    private final double[] batch;
    private final double mean;
    /** 2^e, a power of two near max|x| (1 for an all-zero batch). */
    private final double scale;
    /** The mean and the biased variance of x / scale. */
    private final double scaledMean;
    private final double scaledVariance;
    private final double epsilon;

    private BatchNormStatistics(double[] batch, double epsilon) {
        this.batch = batch;
        this.epsilon = epsilon;
        double max = 0;
        for (double x : batch) {
            max = Math.max(max, Math.abs(x));
        }
        this.scale = max == 0 ? 1 : Math.scalb(1.0, Math.getExponent(max));
        boolean constant = true;
        for (double x : batch) {
            constant &= x == batch[0];
        }
        double m = 0;
        for (double x : batch) {
            m += x / scale;
        }
        // the mean of B equal values is that value: summing and dividing could round it off by an ulp, and
        // that ulp would pass for a spread of the batch
        m = constant ? batch[0] / scale : m / batch.length;
        double s = 0;
        for (double x : batch) {
            double d = x / scale - m;
            s += d * d;
        }
        this.scaledMean = m;
        this.mean = m * scale;
        this.scaledVariance = s / batch.length;
    }

    /**
     * The statistics of {@code batch} (at least 2 values: with one, x̂ = 0 whatever x is, and the
     * unbiased variance is undefined) with the stabilizer ε ≥ 0.
     */
    public static BatchNormStatistics of(double[] batch, double epsilon) {
        Require.finite(Require.notNull(batch, "batch"), "batch");
        if (batch.length < 2) {
            throw new IllegalArgumentException("batch must hold at least 2 values in training mode, got "
                    + batch.length);
        }
        Require.nonNegative(epsilon, "epsilon");
        return new BatchNormStatistics(batch.clone(), epsilon);
    }

    /** B. */
    public int batchSize() {
        return batch.length;
    }

    /** μ_B. */
    public double mean() {
        return mean;
    }

    /** σ²_B = (1/B) Σ (xᵢ − μ_B)², the variance used to normalize. */
    public double biasedVariance() {
        return unscaled(scaledVariance, "σ²_B");
    }

    /** B/(B − 1)·σ²_B, the unbiased estimate that running statistics average for inference. */
    public double unbiasedVariance() {
        return unscaled(scaledVariance * batch.length / (batch.length - 1), "B/(B − 1)·σ²_B");
    }

    private double unscaled(double v, String what) {
        double out = v * scale * scale;
        if (!Double.isFinite(out)) {
            throw new ArithmeticException(what + " of this batch is beyond the double range (the batch reaches "
                    + scale + " in magnitude, whose square overflows); normalize() still works");
        }
        if (out == 0 && v > 0) {
            throw new ArithmeticException(what + " of this batch underflows to 0 (the batch is of order " + scale
                    + "); normalize() still works");
        }
        return out;
    }

    public double epsilon() {
        return epsilon;
    }

    /** (x − μ_B)/√(σ²_B + ε) for any x (for a constant batch with ε = 0 this throws). */
    public double normalize(double x) {
        Require.finite(x, "x");
        // (x − μ_B)/√(σ²_B + ε) = (x/s − μ_B/s)/√(σ²_B/s² + ε/s²): nothing is squared at the batch's scale
        double e = epsilon / scale / scale;
        if (scaledVariance == 0 && epsilon == 0) {
            throw new IllegalStateException("σ²_B + ε = 0: the batch is constant (every value " + batch[0]
                    + ") and epsilon = 0, so x̂ = (x − μ_B)/√(σ²_B + ε) is undefined; use epsilon > 0");
        }
        double d = x / scale - scaledMean;
        if (Double.isInfinite(e) || (scaledVariance == 0 && e < Double.MIN_NORMAL)) {
            // ε/s² is beyond the double range: ε dominates σ²_B (ε/s² > 1e308 against σ²_B/s² ≤ 4) or is all
            // there is (a constant batch far above √ε), so x̂ = (x − μ_B)/√ε, computed as ((x − μ_B)/s)/√ε · s
            return Require.finiteResult(Math.scalb(d / Math.sqrt(epsilon), Math.getExponent(scale)), "the normalized x",
                    "x is too far from this batch for epsilon = " + epsilon);
        }
        double v = scaledVariance + e;
        return Require.finiteResult(d / Math.sqrt(v), "the normalized x", "x is too far from this batch");
    }

    /** x̂ᵢ for every member of the batch. */
    public double[] normalized() {
        double[] h = new double[batch.length];
        for (int i = 0; i < h.length; i++) {
            h[i] = normalize(batch[i]);
        }
        return h;
    }

    /** yᵢ = γ·x̂ᵢ + β for every member of the batch. */
    public double[] output(double gamma, double beta) {
        Require.finite(gamma, "gamma");
        Require.finite(beta, "beta");
        double[] h = normalized();
        for (int i = 0; i < h.length; i++) {
            h[i] = Require.finiteResult(gamma * h[i] + beta, "y[" + i + "] = gamma·x̂ + beta",
                    "gamma or beta is too large");
        }
        return h;
    }
}
