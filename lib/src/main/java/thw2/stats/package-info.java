/**
 * Descriptive statistics of samples, shared by the library and the notebooks.
 *
 * <p>Mathematics: one-pass mean, variance, third and fourth central moments and their standard
 * errors by Welford's and Pébay's updates, without overflow for samples of 1e200
 * ({@link thw2.stats.RunningStats}); the exponent of a power law as the least-squares slope on logs
 * ({@link thw2.stats.PowerLaw}); histograms scaled as densities ({@link thw2.stats.Histogram}); Monte
 * Carlo estimates with their standard errors and their distances from exact values in standard errors
 * ({@link thw2.stats.Estimates}); the median of wall-clock timings ({@link thw2.stats.Timing}).
 *
 * <p>Used by Questions 1, 4 and 6 (Monte Carlo estimates with standard errors; Question 1 also fits
 * the 1/B law of minibatch noise and draws the spread of a normalized example), Question 5 (timings)
 * and by the library's samplers.
 *
 * <p>Invariants: a statistic that needs more samples than it has throws
 * {@link java.lang.IllegalStateException}; a result beyond the double range is reported, not
 * returned as ∞. Depends only on {@code thw2.args}.
 */
package thw2.stats;
