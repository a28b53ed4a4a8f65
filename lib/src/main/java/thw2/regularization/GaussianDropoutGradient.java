package thw2.regularization;

/**
 * What "the gradient of the noisy objective" means when the noise depends on the weights.
 *
 * <p>Gaussian dropout on a linear unit perturbs each weight, wₖ + δₖ with δₖ ~ N(0, α wₖ²), so the
 * noise distribution itself depends on w. Write the noise as δₖ = wₖ εₖ with εₖ ~ N(0, α) (the
 * multiplicative form (1 + εₖ) wₖ of Srivastava et al. 2014, §10). Then differentiating a sampled
 * J₁ can mean two different things, and only one of them is a gradient of E[J₁]:
 * <ul>
 *   <li>{@link #REPARAMETERIZED}: hold ε fixed and differentiate J₁(w, w∘ε). The derivative goes
 *       through the noise, expectation and differentiation commute, and
 *       E[∂J₁/∂wₖ] = −r xₖ + α wₖ xₖ² = ∂E[J₁]/∂wₖ: the L2 penalty appears. This is what a network
 *       that multiplies its weights (or activations) by 1 + ε computes by back-propagation.</li>
 *   <li>{@link #NOISE_HELD_FIXED}: hold the sampled number δ fixed and differentiate J₁(w, δ).
 *       Then E[∂J₁/∂wₖ] = −r xₖ, the noise-free gradient: no penalty, and not the gradient of
 *       E[J₁], because it ignores that the distribution of δ moves with w.</li>
 *   <li>{@link #SCORE_FUNCTION}: the held-fixed derivative plus the missing term
 *       J₁ · ∂ log p(δ; w)/∂wₖ = J₁ (εₖ²/α − 1)/wₖ (the likelihood-ratio identity). Also unbiased for
 *       ∂E[J₁]/∂wₖ, with a much larger variance; it needs α &gt; 0 and every wₖ ≠ 0.</li>
 * </ul>
 * Here r = y_d − Σⱼ wⱼxⱼ is the noise-free residual.
 */
public enum GaussianDropoutGradient {
    /** Differentiate through δ = w∘ε with ε held fixed: unbiased for ∇E[J₁] (the penalty appears). */
    REPARAMETERIZED,
    /** Differentiate with the sampled δ held fixed: unbiased for −r·x only (no penalty). */
    NOISE_HELD_FIXED,
    /** Held-fixed derivative plus J₁ times the score ∂ log p(δ; w)/∂w: unbiased for ∇E[J₁]. */
    SCORE_FUNCTION;

    /** Whether the expectation of this gradient is the gradient of E[J₁] (and so contains the penalty). */
    public boolean estimatesGradientOfExpectation() {
        return this != NOISE_HELD_FIXED;
    }
}
