package thw2.regularization;

import thw2.args.Require;

/**
 * Batch normalization of one feature, with its two modes.
 *
 * <ul>
 *   <li>Training: normalize with the batch's own μ_B and σ²_B ({@link BatchNormStatistics}), then
 *       update the running statistics μ ← (1 − m)·μ + m·μ_B and v ← (1 − m)·v + m·B/(B − 1)·σ²_B
 *       (momentum m; the unbiased batch variance, as in Ioffe &amp; Szegedy 2015, Algorithm 2, and
 *       PyTorch's {@code BatchNorm1d}).</li>
 *   <li>Inference: y = γ·(x − μ)/√(v + ε) + β with the running μ and v: a fixed affine map of x,
 *       the same whatever else is in the batch.</li>
 * </ul>
 *
 * Mutable: {@link #train} changes the running statistics. γ and β are fixed here (they would be
 * learned by gradient descent like any weight, but they are never random).
 */
public final class BatchNormUnit {
    private final double gamma;
    private final double beta;
    private final double epsilon;
    private final double momentum;
    private double runningMean;
    private double runningVariance = 1.0;

    /**
     * @param gamma    scale γ
     * @param beta     shift β
     * @param epsilon  ε ≥ 0 added to the variance
     * @param momentum m in (0, 1], the weight of the newest batch in the running averages
     */
    public BatchNormUnit(double gamma, double beta, double epsilon, double momentum) {
        this.gamma = Require.finite(gamma, "gamma");
        this.beta = Require.finite(beta, "beta");
        this.epsilon = Require.nonNegative(epsilon, "epsilon");
        Require.positive(momentum, "momentum");
        if (momentum > 1) {
            throw new IllegalArgumentException("momentum must be in (0, 1], got " + momentum);
        }
        this.momentum = momentum;
    }

    /** Training mode: y = γ·x̂ + β with the batch's statistics; updates the running statistics. */
    public double[] train(double[] batch) {
        BatchNormStatistics s = BatchNormStatistics.of(batch, epsilon);
        double v;
        try {
            v = s.unbiasedVariance();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("batch is out of range for the running statistics: "
                    + e.getMessage(), e);
        }
        double newVariance = (1 - momentum) * runningVariance + momentum * v;
        if (!Double.isFinite(newVariance)) {
            throw new IllegalArgumentException("batch has a variance of " + v + ": the running variance would overflow");
        }
        double[] out = s.output(gamma, beta);
        // the state changes only once everything has been computed
        runningMean = (1 - momentum) * runningMean + momentum * s.mean();
        runningVariance = newVariance;
        return out;
    }

    /** Inference mode: γ·(x − μ)/√(v + ε) + β with the running statistics. */
    public double infer(double x) {
        Require.finite(x, "x");
        double v = runningVariance + epsilon;
        if (!(v > 0)) {
            throw new IllegalStateException("running variance + epsilon = 0: cannot normalize");
        }
        return gamma * (x - runningMean) / Math.sqrt(v) + beta;
    }

    /** Inference mode on a whole batch: each entry is mapped by {@link #infer(double)} on its own. */
    public double[] infer(double[] batch) {
        Require.finite(Require.notNull(batch, "batch"), "batch");
        double[] y = new double[batch.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = infer(batch[i]);
        }
        return y;
    }

    /**
     * Training mode on each batch in turn: {@link #train(double[])} on the values
     * {@code population[i]} of the indices i of each batch (Question 1b trains a unit on 2000 random
     * batches this way).
     *
     * @param population the values the batches index
     * @param batches    index sets into population, each of at least one index
     * @throws IllegalArgumentException if population is empty or has a non-finite entry, or a batch is
     *         empty or has an index outside [0, population.length)
     */
    public void train(double[] population, int[][] batches) {
        Require.finite(Require.nonEmpty(population, "population"), "population");
        double[][] values = valuesOf(population, batches);
        for (int t = 0; t < values.length; t++) {
            try {
                train(values[t]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("population: the values of batches[" + t + "] cannot be trained on: "
                        + e.getMessage(), e);
            }
        }
    }

    /**
     * Inference mode: the output for {@code population[example]} inside each batch, where it takes the
     * batch's first place. The running statistics are fixed, so it is the same number in every batch,
     * γ·(x − μ)/√(v + ε) + β, whatever else the batch holds (Question 1b).
     *
     * @param population the values the batches index
     * @param example    the index of the example
     * @param batches    index sets into population, each of at least one index
     * @return the example's output in each batch
     * @throws IllegalArgumentException if population is empty or has a non-finite entry, example is out
     *         of range, or a batch is empty or has an index outside [0, population.length)
     */
    public double[] inferInBatches(double[] population, int example, int[][] batches) {
        Require.finite(Require.nonEmpty(population, "population"), "population");
        Require.index(example, population.length, "example");
        double[][] values = valuesOf(population, batches);
        double[] out = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            values[t][0] = population[example];
            out[t] = infer(values[t])[0];
        }
        return out;
    }

    private static double[][] valuesOf(double[] population, int[][] batches) {
        Require.notNull(batches, "batches");
        double[][] values = new double[batches.length][];
        for (int t = 0; t < batches.length; t++) {
            int[] b = Require.notNull(batches[t], "batches[" + t + "]");
            if (b.length == 0) {
                throw new IllegalArgumentException("batches[" + t + "] must not be empty");
            }
            values[t] = new double[b.length];
            for (int k = 0; k < b.length; k++) {
                if (b[k] < 0 || b[k] >= population.length) {
                    throw new IllegalArgumentException("batches[" + t + "][" + k + "] must be an index into population, in [0, "
                            + population.length + "), got " + b[k]);
                }
                values[t][k] = population[b[k]];
            }
        }
        return values;
    }

    /** The running mean μ (starts at 0). */
    public double runningMean() {
        return runningMean;
    }

    /** The running variance v (starts at 1). */
    public double runningVariance() {
        return runningVariance;
    }

    public double gamma() {
        return gamma;
    }

    public double beta() {
        return beta;
    }

    public double epsilon() {
        return epsilon;
    }

    public double momentum() {
        return momentum;
    }
}
