package thw2.batch;

import thw2.args.Require;
import thw2.stats.RunningStats;
import thw2.linalg.Matrices;

/**
 * How noisy a minibatch gradient is. Given the per-example gradients g₁, …, g_N of a loss (rows of an
 * N × d matrix), the full gradient is ḡ = (1/N) Σ gᵢ and the minibatch gradient of a batch S of size B
 * is ĝ_S = (1/B) Σ_{i∈S} gᵢ. With the per-example variance
 *
 * <pre>
 *   σ² = tr Σ = (1/N) Σᵢ ‖gᵢ − ḡ‖²
 * </pre>
 *
 * the expected squared error E‖ĝ_S − ḡ‖² (the trace of the covariance of ĝ_S, which is unbiased) is
 *
 * <pre>
 *   σ²/B                        with replacement (B independent draws),
 *   σ²/B · (N − B)/(N − 1)      without replacement (the finite-population correction),
 * </pre>
 *
 * so the noise, a standard deviation, falls only like 1/√B: halving it takes four times the batch
 * (Cochran, <i>Sampling Techniques</i>, 3rd ed., 1977, Thm 2.2 for the finite-population factor).
 * Immutable; the gradients are copied.
 */
public final class MinibatchVariance {
    private final double[][] gradients;
    private final double[] fullGradient;
    private final double perExampleVariance;

    /** 2^e near the largest |gradient entry|: sums and squares are taken of gradients / scale. */
    private final double scale;
    /** σ² / scale² and ‖ḡ‖² / scale². */
    private final double scaledVariance;
    private final double scaledSignal;

    private MinibatchVariance(double[][] gradients) {
        this.gradients = gradients;
        int n = gradients.length;
        int d = gradients[0].length;
        double max = 0;
        for (double[] g : gradients) {
            for (double v : g) {
                max = Math.max(max, Math.abs(v));
            }
        }
        this.scale = max == 0 ? 1 : Math.scalb(1.0, Math.getExponent(max));
        double[] mean = new double[d];
        for (double[] g : gradients) {
            for (int j = 0; j < d; j++) {
                mean[j] += g[j] / scale;
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double s = 0; // two-pass: Σ‖gᵢ − ḡ‖², no cancellation
        for (double[] g : gradients) {
            for (int j = 0; j < d; j++) {
                double e = g[j] / scale - mean[j];
                s += e * e;
            }
        }
        double signal = 0;
        for (int j = 0; j < d; j++) {
            signal += mean[j] * mean[j];
            mean[j] *= scale;
        }
        this.fullGradient = mean;
        this.scaledVariance = s / n;
        this.scaledSignal = signal;
        double v = scaledVariance * scale * scale;
        this.perExampleVariance = Double.isFinite(v) ? v : Double.NaN; // NaN marks "beyond range": see the getter
    }

    /** The statistics of the per-example gradients given as the rows of {@code perExampleGradients}. */
    public static MinibatchVariance of(double[][] perExampleGradients) {
        Require.finite(perExampleGradients, "perExampleGradients");
        if (perExampleGradients.length == 0) {
            throw new IllegalArgumentException("perExampleGradients must hold at least one row");
        }
        if (perExampleGradients[0].length == 0) {
            throw new IllegalArgumentException("perExampleGradients rows must not be empty");
        }
        return new MinibatchVariance(Matrices.copy(perExampleGradients));
    }

    /** N, the number of examples. */
    public int populationSize() {
        return gradients.length;
    }

    /** d, the number of parameters. */
    public int dimension() {
        return fullGradient.length;
    }

    /** ḡ = (1/N) Σ gᵢ. */
    public double[] fullGradient() {
        return fullGradient.clone();
    }

    /** σ² = (1/N) Σ ‖gᵢ − ḡ‖², the trace of the per-example gradient covariance. */
    public double perExampleVariance() {
        return Require.finiteResult(perExampleVariance, "σ², the per-example variance",
                "the gradients reach " + scale + ", whose square overflows");
    }

    /** (N − B)/(N − 1), taken as 0 when N = B = 1 (the only batch is the whole data set). */
    public static double finitePopulationCorrection(int populationSize, int batchSize) {
        Require.positive(populationSize, "populationSize");
        MinibatchSampler.checkBatchSize(batchSize, populationSize);
        return populationSize == 1 ? 0.0 : (double) (populationSize - batchSize) / (populationSize - 1);
    }

    /** The exact E‖ĝ − ḡ‖² for batches of size B drawn as {@code sampling} says. */
    public double exact(int batchSize, Sampling sampling) {
        MinibatchSampler.checkBatchSize(batchSize, populationSize());
        Require.notNull(sampling, "sampling");
        double v = perExampleVariance() / batchSize;
        return sampling == Sampling.WITH_REPLACEMENT ? v
                : v * finitePopulationCorrection(populationSize(), batchSize);
    }

    /**
     * The "simple noise scale" B_simple = tr Σ / ‖ḡ‖² of McCandlish et al., <i>An Empirical Model of
     * Large-Batch Training</i> (2018, arXiv:1812.06162): the batch size at which the noise E‖ĝ − ḡ‖²
     * (with replacement) equals the squared signal ‖ḡ‖². Well below it, larger batches cut the noise
     * almost for free per step; well above it, they mostly waste computation.
     */
    public double simpleNoiseScale() {
        if (scaledSignal == 0) {
            throw new IllegalStateException("the full gradient is 0: the noise scale is infinite");
        }
        // both scale as scale², which cancels
        return Require.finiteResult(scaledVariance / scaledSignal, "the noise scale tr Σ / ‖ḡ‖²",
                "the full gradient is tiny against the noise");
    }

    /** ĝ_S = (1/B) Σ_{i∈S} gᵢ for the given indices (repeats count as often as they appear). */
    public double[] minibatchGradient(int[] indices) {
        Require.notNull(indices, "indices");
        if (indices.length == 0) {
            throw new IllegalArgumentException("indices must not be empty");
        }
        double[] m = new double[dimension()];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= gradients.length) {
                throw new IllegalArgumentException("indices[" + k + "] must be in [0, " + gradients.length
                        + "), got " + i);
            }
            double[] g = gradients[i];
            for (int j = 0; j < m.length; j++) {
                m[j] += g[j];
            }
        }
        for (int j = 0; j < m.length; j++) {
            m[j] /= indices.length;
        }
        return m;
    }

    /** ‖ĝ_S − ḡ‖² for one batch. */
    public double squaredError(int[] indices) {
        double[] m = minibatchGradient(indices);
        double s = 0;
        for (int j = 0; j < m.length; j++) {
            double e = m[j] / scale - fullGradient[j] / scale;
            s += e * e;
        }
        return Require.finiteResult(s * scale * scale, "‖ĝ_S − ḡ‖²", "the gradients are too large to square");
    }

    /** A Monte Carlo estimate with its standard error. */
    public record Estimate(double mean, double standardError, long draws) {
        public Estimate {
            Require.finite(mean, "mean");
            Require.nonNegative(standardError, "standardError");
            if (draws < 2) {
                throw new IllegalArgumentException("draws must be >= 2, got " + draws);
            }
        }
    }

    /**
     * E‖ĝ − ḡ‖² measured by drawing {@code draws} random batches (seeded), with the standard error of the
     * mean over draws.
     */
    public Estimate sampled(int batchSize, Sampling sampling, int draws, long seed) {
        Require.iterations(draws, 2, "draws");
        if (draws < 2) {
            throw new IllegalArgumentException("draws must be >= 2 for a standard error, got " + draws);
        }
        MinibatchSampler s = new MinibatchSampler(populationSize(), batchSize, sampling, seed);
        Require.work(draws * (2.0 * batchSize * dimension() + 50), "draws × (2 × batchSize × dimension + 50) = " + draws
                + " × (2 × " + batchSize + " × " + dimension() + " + 50) for the sampled batches");
        RunningStats r = new RunningStats();
        for (int k = 0; k < draws; k++) {
            r.add(squaredError(s.next()));
        }
        return new Estimate(r.mean(), r.standardError(), r.count());
    }

    /**
     * E‖ĝ − ḡ‖² at several batch sizes, exact and sampled.
     *
     * @param batchSizes     the batch sizes B
     * @param sampling       how the batches were drawn
     * @param exact          {@link #exact(int, Sampling)} at each B
     * @param sampled        the Monte Carlo estimate at each B
     * @param standardErrors the estimates' standard errors
     */
    public record Sweep(int[] batchSizes, Sampling sampling, double[] exact, double[] sampled, double[] standardErrors) {
        public Sweep {
            Require.notNull(batchSizes, "batchSizes");
            Require.notNull(sampling, "sampling");
            exact = Require.finite(exact, "exact").clone();
            sampled = Require.finite(sampled, "sampled").clone();
            standardErrors = Require.finite(standardErrors, "standardErrors").clone();
            if (batchSizes.length == 0 || exact.length != batchSizes.length || sampled.length != batchSizes.length
                    || standardErrors.length != batchSizes.length) {
                throw new IllegalArgumentException("batchSizes, exact, sampled and standardErrors must have one entry per"
                        + " batch size (at least one), got " + batchSizes.length + ", " + exact.length + ", "
                        + sampled.length + " and " + standardErrors.length);
            }
            batchSizes = batchSizes.clone();
            for (int k = 0; k < batchSizes.length; k++) {
                Require.positive(batchSizes[k], "batchSizes[" + k + "]");
                Require.nonNegative(standardErrors[k], "standardErrors[" + k + "]");
            }
        }

        @Override
        public int[] batchSizes() {
            return batchSizes.clone();
        }

        @Override
        public double[] exact() {
            return exact.clone();
        }

        @Override
        public double[] sampled() {
            return sampled.clone();
        }

        @Override
        public double[] standardErrors() {
            return standardErrors.clone();
        }
    }

    /**
     * {@link #exact} and {@link #sampled} at each of several batch sizes: Question 1a's figure. The k-th
     * batch size is sampled with seed {@code firstSeed + k}.
     *
     * @param batchSizes the batch sizes, each in [1, N]
     * @param sampling   with or without replacement
     * @param draws      random batches per batch size, ≥ 2
     * @param firstSeed  the seed of the first batch size's draws
     * @return the exact and sampled noise at each batch size
     * @throws IllegalArgumentException if batchSizes is empty or has an entry outside [1, N], sampling is
     *         null or draws is out of range
     */
    public Sweep sweep(int[] batchSizes, Sampling sampling, int draws, long firstSeed) {
        Require.notNull(batchSizes, "batchSizes");
        if (batchSizes.length == 0) {
            throw new IllegalArgumentException("batchSizes must not be empty");
        }
        for (int k = 0; k < batchSizes.length; k++) {
            if (batchSizes[k] < 1 || batchSizes[k] > populationSize()) {
                throw new IllegalArgumentException("batchSizes[" + k + "] must be in [1, N = " + populationSize()
                        + "], got " + batchSizes[k]);
            }
        }
        Require.notNull(sampling, "sampling");
        Require.iterations(draws, 2, "draws");
        Require.iterations((int) Math.min(Integer.MAX_VALUE, (long) draws * batchSizes.length), 2,
                "draws × batchSizes.length");
        int n = batchSizes.length;
        double[] exact = new double[n];
        double[] mean = new double[n];
        double[] se = new double[n];
        for (int k = 0; k < n; k++) {
            exact[k] = exact(batchSizes[k], sampling);
            Estimate e = sampled(batchSizes[k], sampling, draws, firstSeed + k);
            mean[k] = e.mean();
            se[k] = e.standardError();
        }
        return new Sweep(batchSizes, sampling, exact, mean, se);
    }
}
