package thw2.check;

/**
 * Mean, variance and standard error of a stream of samples, by Welford's update (no catastrophic
 * cancellation from Σx² − (Σx)²/n). Mutable: {@link #add} changes it.
 */
public final class RunningStats {
    private long n;
    private double mean;
    private double m2;

    /** Adds one sample; NaN and infinite samples are rejected. */
    public RunningStats add(double x) {
        Require.finite(x, "sample");
        n++;
        double d = x - mean;
        mean += d / n;
        m2 += d * (x - mean);
        return this;
    }

    /** Adds every sample of {@code xs}. */
    public RunningStats addAll(double[] xs) {
        for (double x : xs) {
            add(x);
        }
        return this;
    }

    public long count() {
        return n;
    }

    /** The sample mean. */
    public double mean() {
        requireSamples(1);
        return mean;
    }

    /** The unbiased sample variance (divisor n − 1). */
    public double variance() {
        requireSamples(2);
        return m2 / (n - 1);
    }

    /** The biased (population) variance (divisor n). */
    public double populationVariance() {
        requireSamples(1);
        return m2 / n;
    }

    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /** The standard error of the mean, s/√n. */
    public double standardError() {
        return Math.sqrt(variance() / n);
    }

    private void requireSamples(int k) {
        if (n < k) {
            throw new IllegalStateException("need at least " + k + " sample(s), have " + n);
        }
    }
}
