/**
 * First-order optimizers as state transitions, the objectives they minimize, and gradient descent
 * and Newton's method on a quadratic bowl.
 *
 * <p>Mathematics: SGD, momentum and Adam exactly as Kingma and Ba's Algorithm 1, with and without
 * bias correction ({@link thw2.optim.Optimizer} and its implementations, whose states are values and
 * whose runs are {@link thw2.optim.Trajectory}s), Adam step by step on one parameter
 * ({@link thw2.optim.AdamSteps}) and the Monte Carlo of its moment estimates over many independent
 * coordinates ({@link thw2.optim.AdamMonteCarlo}); objectives and gradient oracles, exact or noisy
 * ({@link thw2.optim.Objective}, {@link thw2.optim.GradientOracle}, {@link thw2.optim.TestFunctions},
 * minibatches reshuffled every epoch, {@link thw2.optim.Minibatches}); the quadratic J(w) = wᵀHw read
 * through the eigendecomposition of its symmetric part, with the closed form of gradient descent,
 * its step-size bounds and iteration counts ({@link thw2.optim.QuadraticBowl}), the iterates set
 * beside the closed form ({@link thw2.optim.ClosedFormComparison}), the rate ρ(ε) and its dominant
 * directions ({@link thw2.optim.GradientDescentRate}) and test spectra ({@link thw2.optim.Spectra});
 * and Newton's method, which reaches the stationary point in one full step
 * ({@link thw2.optim.NewtonMethod}), with what its step costs in time ({@link thw2.optim.StepTimings}).
 *
 * <p>Used by Question 4 (Adam and its bias correction) and Question 5 (gradient descent and
 * Newton's method on wᵀHw).
 *
 * <p>Invariants: an optimizer step maps a state and a gradient to a new state and mutates nothing;
 * a diverging run stops with an error that says so (and suggests a smaller learning rate) instead of
 * producing ∞ or NaN; noisy oracles draw step t's noise from {@code thw2.random.Seeds.forStep(seed, t)},
 * so two optimizers given one oracle see the same noise. Every descent loop of the library runs
 * through {@link thw2.optim.Optimizer#runWhile}. Depends on {@code thw2.args}, {@code thw2.random},
 * {@code thw2.linalg}, {@code thw2.stats} (averages and timings) and, for the optimizers' names,
 * {@code thw2.text.Format}; the models that
 * supply objectives (the logistic loss of {@code thw2.nn}) depend on this package, not the reverse.
 */
package thw2.optim;
