/**
 * The notebooks' checks: claims verified numerically, each against something computed
 * independently.
 *
 * <p>Mathematics: absolute, relative and entry-wise comparisons with tolerances that scale with the
 * data, and Monte Carlo estimates compared with exact values within a stated number of standard errors
 * ({@link thw2.check.Check}); central finite differences with the step ∛ε·max(1, |xᵢ|) that balances
 * truncation against rounding ({@link thw2.check.GradientCheck}); claims about one run's outcome,
 * checked only on the data they are about ({@link thw2.check.OutcomeCheck}).
 *
 * <p>Used by every notebook (the check cells) and by the unit tests.
 *
 * <p>Invariants: a check that holds prints one line, "✔" with what was compared and to what
 * tolerance; a check that fails throws {@link thw2.check.Check.CheckFailed}, so a wrong notebook fails
 * the runner. Argument preconditions are not here: they are {@code thw2.args}. Depends only on
 * {@code thw2.args} and {@code thw2.text} (messages are written by {@code Format.text}).
 */
package thw2.check;
