package thw2.stats;

import thw2.args.Require;

/**
 * Monte Carlo estimates of several quantities, each a sample mean with its standard error, and how
 * far each lies from an exact value in units of its standard error (its standard score)
 * z = (estimate − exact)/standard error. An estimate is consistent with its exact value at the
 * usual confidence when |z| stays below 3 or 4 (Question 4 compares Adam's averaged moment
 * estimates with (1 − βᵗ)·E[g] this way).
 *
 * <p>Immutable: arrays are copied in and out.
 *
 * @param means          the estimates (sample means), finite
 * @param standardErrors their standard errors, finite and ≥ 0, one per estimate
 */
public record Estimates(double[] means, double[] standardErrors) {
    /**
     * @throws IllegalArgumentException if an array is null or empty, the lengths differ, an entry is
     *     not finite or a standard error is negative
     */
    public Estimates {
        Require.finite(Require.nonEmpty(means, "means"), "means");
        Require.finite(Require.nonEmpty(standardErrors, "standardErrors"), "standardErrors");
        Require.sameLength(means, "means", standardErrors, "standardErrors");
        for (int i = 0; i < standardErrors.length; i++) {
            Require.nonNegative(standardErrors[i], "standardErrors[" + i + "]");
        }
        means = means.clone();
        standardErrors = standardErrors.clone();
    }

    /**
     * The sample means of {@code stats}, with their standard errors s/√n.
     *
     * @throws IllegalArgumentException if {@code stats} is null or empty, or an entry is null or has fewer
     *     than two samples
     */
    public static Estimates of(RunningStats... stats) {
        Require.notNull(stats, "stats");
        if (stats.length == 0) {
            throw new IllegalArgumentException("stats must not be empty");
        }
        double[] m = new double[stats.length];
        double[] se = new double[stats.length];
        for (int i = 0; i < stats.length; i++) {
            Require.notNull(stats[i], "stats[" + i + "]");
            if (stats[i].count() < 2) {
                throw new IllegalArgumentException("stats[" + i + "] must hold at least 2 samples (for a standard error), got "
                        + stats[i].count());
            }
            m[i] = stats[i].mean();
            se[i] = stats[i].standardError();
        }
        return new Estimates(m, se);
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] standardErrors() {
        return standardErrors.clone();
    }

    /** The number of estimates. */
    public int size() {
        return means.length;
    }

    /** Estimate {@code i}. */
    public double mean(int i) {
        return means[Require.index(i, means.length, "i")];
    }

    /** The standard error of estimate {@code i}. */
    public double standardError(int i) {
        return standardErrors[Require.index(i, means.length, "i")];
    }

    /**
     * The standard scores zᵢ = (meanᵢ − exactᵢ)/standard errorᵢ: negative where the estimate lies
     * below its exact value. A zero standard error gives 0 when the estimate is exact and ±∞ otherwise.
     *
     * @param exact the exact values, one per estimate
     * @return the standard scores, one per estimate
     * @throws IllegalArgumentException if {@code exact} has another length or a non-finite entry
     */
    public double[] standardScores(double... exact) {
        Require.finite(Require.notNull(exact, "exact"), "exact");
        if (exact.length != means.length) {
            throw new IllegalArgumentException("exact must have one value per estimate (" + means.length + "), got "
                    + exact.length);
        }
        double[] z = new double[means.length];
        for (int i = 0; i < z.length; i++) {
            double d = means[i] - exact[i];
            if (Double.isInfinite(d)) {
                throw new ArithmeticException("exact[" + i + "] = " + exact[i] + " is too far from the estimate "
                        + means[i] + " for their difference to fit a double");
            }
            z[i] = standardErrors[i] == 0 ? (d == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, d)) : Require.finiteResult(d / standardErrors[i],
                    "the distance to exact[" + i + "] in standard errors", "exact is too far from the estimate");
        }
        return z;
    }

    /**
     * The largest |zᵢ| (see {@link #standardScores}): how many standard errors the worst estimate
     * lies from its exact value.
     *
     * @throws IllegalArgumentException if {@code exact} has another length or a non-finite entry
     */
    public double largestStandardScore(double... exact) {
        double worst = 0;
        for (double z : standardScores(exact)) {
            worst = Math.max(worst, Math.abs(z));
        }
        return worst;
    }

    /**
     * The largest |zᵢ| when every estimate has the same exact value (for example E[m̂_t] = E[g] at
     * every step t).
     *
     * @throws IllegalArgumentException if {@code exact} is not finite
     */
    public double largestStandardScore(double exact) {
        Require.finite(exact, "exact");
        double[] all = new double[means.length];
        java.util.Arrays.fill(all, exact);
        return largestStandardScore(all);
    }
}
