package thw2.regularization;

import thw2.check.Require;

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
 */
public final class BatchNormStatistics {
    private final double[] batch;
    private final double mean;
    private final double biasedVariance;
    private final double epsilon;

    private BatchNormStatistics(double[] batch, double epsilon) {
        this.batch = batch;
        this.epsilon = epsilon;
        double m = 0;
        for (double x : batch) {
            m += x;
        }
        m /= batch.length;
        double s = 0;
        for (double x : batch) {
            s += (x - m) * (x - m);
        }
        this.mean = m;
        this.biasedVariance = s / batch.length;
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
        return biasedVariance;
    }

    /** B/(B − 1)·σ²_B, the unbiased estimate that running statistics average for inference. */
    public double unbiasedVariance() {
        return biasedVariance * batch.length / (batch.length - 1);
    }

    public double epsilon() {
        return epsilon;
    }

    /** (x − μ_B)/√(σ²_B + ε) for any x (for a constant batch with ε = 0 this throws). */
    public double normalize(double x) {
        Require.finite(x, "x");
        double v = biasedVariance + epsilon;
        if (!(v > 0)) {
            throw new IllegalStateException("σ²_B + ε = 0 (constant batch with epsilon = 0): cannot normalize");
        }
        return (x - mean) / Math.sqrt(v);
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
            h[i] = gamma * h[i] + beta;
        }
        return h;
    }
}
