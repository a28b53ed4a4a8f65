package thw2.stats;

import thw2.args.Require;

/**
 * Mean, variance and standard error of a stream of samples, by Welford's update (no catastrophic
 * cancellation from Σx² − (Σx)²/n). The sum of squares is kept divided by the square of the
 * largest |x| seen so far, so samples of 1e200 neither overflow it nor lose it; a variance that does
 * not fit a double is reported ({@link ArithmeticException}), not returned as ∞. The third and
 * fourth central moments follow Pébay's one-pass update (Sandia report SAND2008-6212, 2008), scaled
 * the same way; the fourth gives the standard error of the variance. Mutable: {@link #add} changes it.
 */
public final class RunningStats {
    private long n;
    private double mean;
    /** Σ(x − mean)² / scale², with scale = the largest |x| so far (0 before any sample). */
    private double m2;
    /** Σ(x − mean)³ / scale³ and Σ(x − mean)⁴ / scale⁴. */
    private double m3;
    private double m4;
    private double scale;

    /** Adds one sample; NaN and infinite samples are rejected. */
    public RunningStats add(double x) {
        Require.finite(x, "x");
        double ax = Math.abs(x);
        if (ax == 0 && scale == 0) { // only zeros so far: mean and spread stay 0
            n++;
            return this;
        }
        if (ax > scale) {
            double r = scale / ax;
            double r2 = r * r;
            m2 *= r2;
            m3 *= r2 * r;
            m4 *= r2 * r2;
            scale = ax;
        }
        long n1 = n;
        n++;
        // (x − mean) of two finite doubles can overflow; divided by scale first, it cannot
        double d = x / scale - mean / scale;
        double dn = d / n;
        double dn2 = dn * dn;
        double term = d * dn * n1;
        m4 += term * dn2 * ((double) n * n - 3.0 * n + 3) + 6 * dn2 * m2 - 4 * dn * m3;
        m3 += term * dn * (n - 2) - 3 * dn * m2;
        mean += dn * scale;
        m2 += d * (x / scale - mean / scale);
        return this;
    }

    /** Adds every sample of {@code xs}. */
    public RunningStats addAll(double[] xs) {
        Require.notNull(xs, "xs");
        for (int i = 0; i < xs.length; i++) {
            if (!Double.isFinite(xs[i])) {
                throw new IllegalArgumentException("xs[" + i + "] must be finite, got " + xs[i]);
            }
        }
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
        return scaled(m2 / (n - 1), "the sample variance");
    }

    /** The biased (population) variance (divisor n). */
    public double populationVariance() {
        requireSamples(1);
        return scaled(m2 / n, "the population variance");
    }

    public double standardDeviation() {
        return root(1, "the sample standard deviation");
    }

    /** The standard error of the mean, s/√n. */
    public double standardError() {
        return root(n, "the standard error");
    }

    /**
     * √(s²/k) for the sample variance s²; as √(m₂/(n − 1)/k)·scale when s² is beyond the double range or
     * below its normal numbers (samples of 1e200 have a standard deviation near 1e200 although their
     * variance, 1e400, overflows).
     */
    private double root(double k, String what) {
        requireSamples(2);
        double v = m2 / (n - 1) * scale * scale;
        if (Double.isFinite(v) && (v >= Double.MIN_NORMAL || m2 == 0)) {
            return Math.sqrt(v / k);
        }
        return Require.finiteResult(Math.sqrt(m2 / (n - 1) / k) * scale, what, "the samples reach " + scale);
    }

    /**
     * The standard error of {@link #variance()}, √((m₄ − m₂²)/n) with m₂ and m₄ the second and fourth
     * central moments (divisor n): for comparing a sampled variance with an exact one. Needs at least
     * 2 samples.
     */
    public double varianceStandardError() {
        requireSamples(2);
        double v = m2 / n;
        return scaled(Math.sqrt(Math.max(0, m4 / n - v * v) / n), "the variance's standard error");
    }

    private double scaled(double v, String what) {
        return Require.finiteResult(v * scale * scale, what, "the samples reach " + scale + ", whose square overflows");
    }

    private void requireSamples(int k) {
        if (n < k) {
            throw new IllegalStateException("need at least " + k + " sample(s), have " + n);
        }
    }
}
