/**
 * Regularization seen as noise: batch normalization's statistics and the noise it adds, and
 * Gaussian dropout as an L2 penalty in expectation.
 *
 * <p>Mathematics: the batch statistics of batch normalization (biased variance in training mode) and
 * its running averages (unbiased variance) for inference ({@link thw2.regularization.BatchNormStatistics},
 * {@link thw2.regularization.BatchNormUnit}); the variance of a normalized example across random
 * batches, to first order in 1/B by the delta method and, for Gaussian batch-mates, exactly by
 * quadrature, and simulated over random batches of a population ({@link thw2.regularization.BatchNormNoise},
 * its {@code Simulation} and {@code Spreads}); the expectation of the squared error of a linear unit
 * under Gaussian dropout, E J₁ = ½r² + ½α Σₖ wₖ²xₖ², for one example
 * ({@link thw2.regularization.GaussianDropoutLinear}) and over a data set, where it is a ridge penalty
 * with data-dependent weights ({@link thw2.regularization.GaussianDropoutRegression}), reached on average
 * by repeated training with dropout ({@link thw2.regularization.GaussianDropoutRuns}); which of two
 * derivatives of a sampled objective is a gradient of its expectation when the noise depends on the
 * weights ({@link thw2.regularization.GaussianDropoutGradient}); and the seed's formulas for that
 * gradient, evaluated for its errata ({@link thw2.regularization.GaussianDropoutErrata}).
 *
 * <p>Used by Question 1b (batch norm as noise) and Question 6 (Gaussian dropout and L2).
 *
 * <p>Invariants: every random draw is seeded; dropout's Monte Carlo estimates carry their standard
 * error, so a notebook can compare them with the closed form within a stated number of standard
 * errors; values are immutable. Depends on {@code thw2.args}, {@code thw2.random}, {@code thw2.linalg},
 * {@code thw2.optim} (the SGD that trains), {@code thw2.stats} (running statistics) and {@code thw2.text}
 * (an estimate written as mean ± standard error).
 */
package thw2.regularization;
