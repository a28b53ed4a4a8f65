/**
 * Independent references for the notebooks' checks: each quantity computed plainly from its
 * definition, the slow and obvious way, so that a check cell can set the library's value against it.
 *
 * <p>A reference shares no code with what it checks: this package imports nothing of the library
 * but the argument preconditions of {@code thw2.args} (the build's {@code LayeringTest} fails
 * otherwise), and the library's own packages never import it. Where the library has a stable or fast
 * form (a shifted softmax, a scaled sum, Welford's update), the reference writes the textbook formula
 * on inputs where that formula is accurate, or works in higher precision. It may use Commons Math
 * where the library uses its own code (Question 5's eigendecomposition, against the library's Jacobi
 * method).
 *
 * <p>Used by the check cells of every question notebook; each class's javadoc names the questions
 * ({@link thw2.reference.Plain}: moments, products, differences; {@link thw2.reference.LogisticByDefinition}:
 * σ, log-odds, −log p, binary entropy; {@link thw2.reference.ParameterCounts}: dense networks' parameters
 * by closed formula; {@link thw2.reference.BatchNormByDefinition}: x̂ = (x − μ)/√(σ² + ε)).
 *
 * <p>Invariants: deterministic; a reference is unit-tested against numbers derived by hand.
 * Depends only on {@code thw2.args}.
 */
package thw2.reference;
