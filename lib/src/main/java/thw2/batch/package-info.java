/**
 * Minibatches: how they are drawn, how noisy their gradient is, and SGD with them.
 *
 * <p>Mathematics: the noise of a minibatch gradient, E‖ĝ − ḡ‖² = σ²/B when the B examples are drawn with
 * replacement and σ²/B·(N − B)/(N − 1) without (the finite-population correction), from the
 * per-example gradients ({@link thw2.batch.MinibatchVariance}); seeded draws of index sets, with or
 * without replacement ({@link thw2.batch.MinibatchSampler}, {@link thw2.batch.Sampling}); and epochs
 * of minibatch SGD on logistic regression, reshuffled each epoch, also at several batch sizes and seeds
 * for the same number of examples seen ({@link thw2.batch.MinibatchSgd}).
 *
 * <p>Used by Question 1a (batch size and gradient noise).
 *
 * <p>Invariants: seeded, so the same seed gives the same batches and the same run; every epoch shows
 * the model all N examples whatever B is, so runs with different B compare at equal numbers of
 * examples seen. Depends on {@code thw2.args}, {@code thw2.random}, {@code thw2.linalg},
 * {@code thw2.stats} (running statistics) and {@code thw2.nn}.
 */
package thw2.batch;
