package thw2.reference;

import thw2.args.Require;

/**
 * Adam's quantities typed from the formulas of Kingma and Ba, "Adam: A Method for Stochastic
 * Optimization", ICLR 2015 (arXiv:1412.6980): Algorithm 1 step by step with {@code Math.pow} for the
 * bias corrections, and the closed forms Question 4 derives from it (the step after a run of zero
 * gradients, the first step with and without the corrections, the Cauchy–Schwarz bound on a step).
 * Shares no code with {@code thw2.optim.Adam}.
 */
public final class AdamByHand {
    private AdamByHand() {}

    /**
     * Algorithm 1 on one parameter, from θ₀ with m₀ = v₀ = 0, fed g₁, …, g_T:
     * <pre>
     * m_t = β₁m_{t−1} + (1 − β₁)g_t,   v_t = β₂v_{t−1} + (1 − β₂)g_t²,
     * m̂_t = m_t/(1 − β₁ᵗ),   v̂_t = v_t/(1 − β₂ᵗ),   θ_t = θ_{t−1} − α m̂_t/(√v̂_t + ε).
     * </pre>
     *
     * @param alpha     the step size α ≥ 0
     * @param beta1     β₁ ∈ [0, 1)
     * @param beta2     β₂ ∈ [0, 1)
     * @param epsilon   ε ≥ 0
     * @param theta0    θ₀, finite
     * @param gradients g₁, …, g_T, finite, at least one
     * @return T rows {m_t, v_t, m̂_t, v̂_t, θ_t}, t = 1, …, T
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double[][] steps(double alpha, double beta1, double beta2, double epsilon, double theta0,
                                   double[] gradients) {
        Require.nonNegative(alpha, "alpha");
        checkBetas(beta1, beta2);
        Require.nonNegative(epsilon, "epsilon");
        Require.finite(theta0, "theta0");
        Require.finite(Require.nonEmpty(gradients, "gradients"), "gradients");
        Require.iterations(gradients.length, 1, "gradients.length");
        double m = 0;
        double v = 0;
        double theta = theta0;
        double[][] rows = new double[gradients.length][];
        for (int t = 1; t <= gradients.length; t++) {
            double g = gradients[t - 1];
            m = beta1 * m + (1 - beta1) * g;
            v = beta2 * v + (1 - beta2) * g * g;
            Require.finiteResult(v, "v_" + t, "gradients[" + (t - 1) + "] is too large to square");
            double mHat = m / (1 - Math.pow(beta1, t));
            double vHat = v / (1 - Math.pow(beta2, t));
            theta = theta - alpha * mHat / (Math.sqrt(vHat) + epsilon);
            rows[t - 1] = new double[] {m, v, mHat, vHat, theta};
        }
        return rows;
    }

    /**
     * The length of Adam's step at step t, in units of α, when the gradient g arrives after t − 1 zero
     * gradients: then m_t = (1 − β₁)g and v_t = (1 − β₂)g², so
     * <pre>  |Δθ_t|/α = |(1 − β₁)g/(1 − β₁ᵗ)| / (√((1 − β₂)g²/(1 − β₂ᵗ)) + ε).</pre>
     *
     * @param beta1   β₁ ∈ [0, 1)
     * @param beta2   β₂ ∈ [0, 1)
     * @param epsilon ε ≥ 0
     * @param g       the gradient, finite
     * @param t       the step, at least 1
     * @return |Δθ_t|/α (0 for g = 0)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double stepAfterZeros(double beta1, double beta2, double epsilon, double g, int t) {
        checkBetas(beta1, beta2);
        Require.nonNegative(epsilon, "epsilon");
        Require.finite(g, "g");
        Require.positive(t, "t");
        if (g == 0) {
            return 0;
        }
        double mHat = (1 - beta1) * g / (1 - Math.pow(beta1, t));
        double vHat = Require.finiteResult((1 - beta2) * g * g / (1 - Math.pow(beta2, t)), "v̂_t", "g is too large to square");
        return Require.finiteResult(Math.abs(mHat / (Math.sqrt(vHat) + epsilon)), "the step", "g is too large");
    }

    /**
     * The length of Adam's first step for the gradient g, with or without each bias correction:
     * <pre>  |Δθ₁| = α c₁|g| / (c₂|g| + ε),  c₁ = 1 if m̂ is corrected, else 1 − β₁;  c₂ = 1 if v̂ is corrected, else √(1 − β₂).</pre>
     *
     * @param alpha         α ≥ 0
     * @param beta1         β₁ ∈ [0, 1)
     * @param beta2         β₂ ∈ [0, 1)
     * @param epsilon       ε ≥ 0
     * @param correctFirst  whether m̂ = m/(1 − β₁ᵗ)
     * @param correctSecond whether v̂ = v/(1 − β₂ᵗ)
     * @param g             the first gradient, finite
     * @return |Δθ₁| (0 for g = 0)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double firstStep(double alpha, double beta1, double beta2, double epsilon, boolean correctFirst,
                                   boolean correctSecond, double g) {
        Require.nonNegative(alpha, "alpha");
        checkBetas(beta1, beta2);
        Require.nonNegative(epsilon, "epsilon");
        Require.finite(g, "g");
        if (g == 0) {
            return 0;
        }
        double c1 = correctFirst ? 1 : 1 - beta1;
        double c2 = correctSecond ? 1 : Math.sqrt(1 - beta2);
        return Require.finiteResult(alpha * c1 * Math.abs(g) / (c2 * Math.abs(g) + epsilon), "the first step",
                "alpha or g is too large");
    }

    /**
     * The bias-correction denominator 1 − βᵗ, by {@code Math.pow}.
     *
     * @param beta β ∈ [0, 1)
     * @param t    the step, at least 1
     * @return 1 − βᵗ
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double biasCorrection(double beta, int t) {
        Require.inRangeHalfOpen(beta, 0, 1, "beta");
        Require.positive(t, "t");
        return 1 - Math.pow(beta, t);
    }

    /**
     * The first step t ≥ 1 at which βᵗ &lt; level, found by multiplying β by itself until the product
     * falls below the level: from then on the correction denominator 1 − βᵗ is within {@code level}
     * of 1.
     *
     * @param beta  β ∈ [0, 1)
     * @param level the level, in (0, 1]
     * @return the first t with βᵗ &lt; level
     * @throws IllegalArgumentException if an argument is out of range, or more than
     *     {@link Require#MAX_ITERATIONS} steps would be needed
     */
    public static int firstStepBelow(double beta, double level) {
        Require.inRangeHalfOpen(beta, 0, 1, "beta");
        Require.positive(level, "level");
        if (level > 1) {
            throw new IllegalArgumentException("level must be in (0, 1], got " + level);
        }
        double power = beta;
        int t = 1;
        while (!(power < level)) {
            if (t == Require.MAX_ITERATIONS) {
                throw new IllegalArgumentException("beta = " + beta + " needs more than " + Require.MAX_ITERATIONS
                        + " steps to fall below level = " + level);
            }
            power *= beta;
            t++;
        }
        return t;
    }

    /**
     * The largest |Δθ_t|/α that any gradients g₁, …, g_t can produce (ε → 0): with m̂_t = Σ a_k g_k and
     * v̂_t = Σ b_k g_k², a_k = (1 − β₁)β₁^{t−k}/(1 − β₁ᵗ) and b_k = (1 − β₂)β₂^{t−k}/(1 − β₂ᵗ), the
     * Cauchy–Schwarz inequality gives |m̂_t|/√v̂_t ≤ √(Σ_k a_k²/b_k), with equality for g_k ∝ a_k/b_k.
     *
     * @param beta1 β₁ ∈ [0, 1)
     * @param beta2 β₂ ∈ (0, 1)
     * @param t     the step, in [1, {@link Require#MAX_ITERATIONS}]
     * @return √(Σ_k a_k²/b_k)
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double largestStep(double beta1, double beta2, int t) {
        checkBetas(beta1, beta2);
        if (beta2 == 0) {
            throw new IllegalArgumentException("beta2 must be > 0 here (b_k would vanish), got 0");
        }
        Require.iterations(t, 1, "t");
        double sum = 0;
        for (int j = 0; j < t; j++) {
            double a = (1 - beta1) * Math.pow(beta1, j) / (1 - Math.pow(beta1, t));
            double b = (1 - beta2) * Math.pow(beta2, j) / (1 - Math.pow(beta2, t));
            if (b == 0 && a == 0) {
                continue; // both weights underflowed: the term is 0
            }
            sum += a * a / b; // b = 0 < a makes the sum infinite, reported below
        }
        return Require.finiteResult(Math.sqrt(sum), "the bound", "beta2 is too small for beta1");
    }

    private static void checkBetas(double beta1, double beta2) {
        Require.inRangeHalfOpen(beta1, 0, 1, "beta1");
        Require.inRangeHalfOpen(beta2, 0, 1, "beta2");
    }
}
