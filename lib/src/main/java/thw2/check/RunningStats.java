package thw2.check;

/**
 * Mean, variance and standard error of a stream of samples, by Welford's update (no catastrophic
 * cancellation from Σx² − (Σx)²/n), and the fourth central moment by Pébay's one-pass update
 * (Sandia report SAND2008-6212), which gives the standard error of the variance. Mutable:
 * {@link #add} changes it.
 */
public final class RunningStats {
    private long n;
    private double mean;
    private double m2;
    private double m3;
    private double m4;

    /** Adds one sample; NaN and infinite samples are rejected. */
    public RunningStats add(double x) {
        Require.finite(x, "sample");
        long n1 = n;
        n++;
        double d = x - mean;
        double dn = d / n;
        double dn2 = dn * dn;
        double term = d * dn * n1;
        m4 += term * dn2 * ((double) n * n - 3.0 * n + 3) + 6 * dn2 * m2 - 4 * dn * m3;
        m3 += term * dn * (n - 2) - 3 * dn * m2;
        mean += dn;
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

    /**
     * The standard error of {@link #variance()}, √((m₄ − s⁴)/n) with m₄ the fourth central moment: for a
     * comparison of a sampled variance with an exact one. Needs at least 2 samples.
     */
    public double varianceStandardError() {
        requireSamples(2);
        double v = m2 / n;
        return Math.sqrt(Math.max(0, m4 / n - v * v) / n);
    }

    private void requireSamples(int k) {
        if (n < k) {
            throw new IllegalStateException("need at least " + k + " sample(s), have " + n);
        }
    }
}
