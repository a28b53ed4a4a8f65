package thw2.optim;

import java.util.Locale;
import thw2.args.Require;
import thw2.text.Format;

/**
 * Adam, exactly as Algorithm 1 of D. P. Kingma and J. Ba, "Adam: A Method for Stochastic
 * Optimization", ICLR 2015 (arXiv:1412.6980). With m₀ = v₀ = 0 and t counted from 1:
 *
 * <pre>
 * g_t = ∇f_t(θ_{t−1})
 * m_t = β₁ m_{t−1} + (1 − β₁) g_t
 * v_t = β₂ v_{t−1} + (1 − β₂) g_t²          (element-wise square)
 * m̂_t = m_t / (1 − β₁ᵗ)
 * v̂_t = v_t / (1 − β₂ᵗ)
 * θ_t = θ_{t−1} − α m̂_t / (√v̂_t + ε)
 * </pre>
 *
 * Defaults are the paper's: α = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8 (added to √v̂_t, not under the
 * root). Either bias correction can be switched off ({@link BiasCorrection}) to study what it does.
 * Immutable; build one with {@link #withDefaults()} or {@link #builder()}.
 */
public final class Adam implements Optimizer<AdamState> {
    public static final double DEFAULT_LEARNING_RATE = 0.001;
    public static final double DEFAULT_BETA1 = 0.9;
    public static final double DEFAULT_BETA2 = 0.999;
    public static final double DEFAULT_EPSILON = 1e-8;

    /** Which of the two bias corrections (steps 4 and 5 of Algorithm 1) are applied. */
    public enum BiasCorrection {
        /** m̂_t = m_t and v̂_t = v_t. */
        NONE(false, false, "no bias correction"),
        /** Only m̂_t = m_t/(1 − β₁ᵗ); v̂_t = v_t. */
        FIRST_MOMENT_ONLY(true, false, "only m̂ corrected"),
        /** Only v̂_t = v_t/(1 − β₂ᵗ); m̂_t = m_t. */
        SECOND_MOMENT_ONLY(false, true, "only v̂ corrected"),
        /** Both, as in the paper. */
        BOTH(true, true, "bias-corrected");

        private final boolean first;
        private final boolean second;
        private final String label;

        BiasCorrection(boolean first, boolean second, String label) {
            this.first = first;
            this.second = second;
            this.label = label;
        }

        /** Whether m̂_t = m_t/(1 − β₁ᵗ). */
        public boolean correctsFirstMoment() {
            return first;
        }

        /** Whether v̂_t = v_t/(1 − β₂ᵗ). */
        public boolean correctsSecondMoment() {
            return second;
        }

        /** A short description for legends. */
        public String label() {
            return label;
        }
    }

    private final double alpha;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final BiasCorrection correction;
    private final double logBeta1;
    private final double logBeta2;

    private Adam(Builder b) {
        this.alpha = Require.positive(b.alpha, "alpha (learning rate)");
        this.beta1 = Require.inRangeHalfOpen(b.beta1, 0, 1, "beta1");
        this.beta2 = Require.inRangeHalfOpen(b.beta2, 0, 1, "beta2");
        this.epsilon = Require.nonNegative(b.epsilon, "epsilon");
        this.correction = Require.notNull(b.correction, "biasCorrection");
        this.logBeta1 = Math.log(beta1);
        this.logBeta2 = Math.log(beta2);
    }

    /** Adam with the paper's defaults (α = 0.001, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, both corrections). */
    public static Adam withDefaults() {
        return builder().build();
    }

    /** A builder that starts from the paper's defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from this optimizer's settings. */
    public Builder toBuilder() {
        return new Builder().learningRate(alpha).beta1(beta1).beta2(beta2).epsilon(epsilon).biasCorrection(correction);
    }

    /** Settings for {@link Adam}; validated by {@link #build()}. */
    public static final class Builder {
        private double alpha = DEFAULT_LEARNING_RATE;
        private double beta1 = DEFAULT_BETA1;
        private double beta2 = DEFAULT_BETA2;
        private double epsilon = DEFAULT_EPSILON;
        private BiasCorrection correction = BiasCorrection.BOTH;

        private Builder() {}

        /** The step size α &gt; 0. */
        public Builder learningRate(double alpha) {
            this.alpha = alpha;
            return this;
        }

        /** β₁ ∈ [0, 1), the decay rate of the first moment estimate. */
        public Builder beta1(double beta1) {
            this.beta1 = beta1;
            return this;
        }

        /** β₂ ∈ [0, 1), the decay rate of the second moment estimate. */
        public Builder beta2(double beta2) {
            this.beta2 = beta2;
            return this;
        }

        /** ε ≥ 0, added to √v̂_t. */
        public Builder epsilon(double epsilon) {
            this.epsilon = epsilon;
            return this;
        }

        /** Which bias corrections to apply (default {@link BiasCorrection#BOTH}). */
        public Builder biasCorrection(BiasCorrection correction) {
            this.correction = correction;
            return this;
        }

        /** The optimizer; throws {@link IllegalArgumentException} naming the first invalid setting. */
        public Adam build() {
            return new Adam(this);
        }
    }

    public double learningRate() {
        return alpha;
    }

    public double beta1() {
        return beta1;
    }

    public double beta2() {
        return beta2;
    }

    public double epsilon() {
        return epsilon;
    }

    public BiasCorrection biasCorrection() {
        return correction;
    }

    @Override
    public String name() {
        String a = String.format(Locale.ROOT, "α=%s", Format.number(alpha));
        return correction == BiasCorrection.BOTH ? "Adam (" + a + ")" : "Adam, " + correction.label() + " (" + a + ")";
    }

    /**
     * The bias-correction denominator 1 − βᵗ for t ≥ 1. It is the total weight that the exponential
     * moving average m_t = Σᵢ (1 − β)βᵗ⁻ⁱ gᵢ puts on the gradients; the missing weight βᵗ sits on the
     * initial value m₀ = 0. Computed as −expm1(t·ln β), which keeps full relative precision when βᵗ
     * is close to 1 (the subtraction 1 − pow(β, t) loses about −log₁₀(1 − βᵗ) digits). At t = 0 the
     * correction would be 0/0: that is an error, not a NaN.
     */
    public static double biasCorrection(double beta, int t) {
        return biasCorrection(beta, "beta", t);
    }

    private static double biasCorrection(double beta, String betaName, int t) {
        Require.inRangeHalfOpen(beta, 0, 1, betaName);
        Require.positive(t, "t (steps are counted from 1)");
        return oneMinusPower(Math.log(beta), t);
    }

    /** 1 − βᵗ from ln β (−∞ for β = 0, giving 1). */
    private static double oneMinusPower(double logBeta, int t) {
        return -Math.expm1(t * logBeta);
    }

    /** m̂_t = m_t / (1 − β₁ᵗ), t ≥ 1. */
    public static double biasCorrectedFirstMoment(double m, double beta1, int t) {
        Require.finite(m, "m");
        return Require.finiteResult(m / biasCorrection(beta1, "beta1", t), "m̂ = m/(1 − beta1^t)",
                "m is too large for this correction");
    }

    /** v̂_t = v_t / (1 − β₂ᵗ), t ≥ 1; v must be ≥ 0. */
    public static double biasCorrectedSecondMoment(double v, double beta2, int t) {
        Require.nonNegative(v, "v");
        return Require.finiteResult(v / biasCorrection(beta2, "beta2", t), "v̂ = v/(1 − beta2^t)",
                "v is too large for this correction");
    }

    /**
     * The length of Adam's first update, |Δθ₁|, for a scalar first gradient g. Since m₁ = (1 − β₁)g and
     * v₁ = (1 − β₂)g²,
     * <pre>
     * |Δθ₁| = α · c₁|g| / (c₂|g| + ε),   c₁ = 1 if m̂ is corrected else 1 − β₁,
     *                                    c₂ = 1 if v̂ is corrected else √(1 − β₂).
     * </pre>
     * With both corrections it is α|g|/(|g| + ε) ≈ α; without any, ≈ α(1 − β₁)/√(1 − β₂); with only
     * m̂ corrected, ≈ α/√(1 − β₂) (31.6α for the defaults).
     */
    public double firstStepLength(double g) {
        Require.finite(g, "g");
        double a = Math.abs(g);
        double c1 = correction.correctsFirstMoment() ? 1 : 1 - beta1;
        double c2 = correction.correctsSecondMoment() ? 1 : Math.sqrt(1 - beta2);
        double den = c2 * a + epsilon;
        return den == 0 ? 0 : alpha * c1 * a / den;
    }

    @Override
    public AdamState start(double[] theta0) {
        Require.finite(Require.nonEmpty(theta0, "theta0"), "theta0");
        int n = theta0.length;
        return new AdamState(0, theta0.clone(), new double[n], new double[n], new double[n], new double[n],
                new double[n], new double[n]);
    }

    @Override
    public AdamState step(AdamState state, double[] gradient) {
        Require.notNull(state, "state");
        Checks.gradient(state.theta, gradient);
        if (state.t == Integer.MAX_VALUE) {
            throw new IllegalStateException("step counter overflow");
        }
        int t = state.t + 1;
        int n = gradient.length;
        double c1 = correction.correctsFirstMoment() ? oneMinusPower(logBeta1, t) : 1;
        double c2 = correction.correctsSecondMoment() ? oneMinusPower(logBeta2, t) : 1;
        double[] m = new double[n];
        double[] v = new double[n];
        double[] mHat = new double[n];
        double[] vHat = new double[n];
        double[] update = new double[n];
        double[] theta = new double[n];
        for (int i = 0; i < n; i++) {
            m[i] = beta1 * state.m[i] + (1 - beta1) * gradient[i];
            v[i] = beta2 * state.v[i] + (1 - beta2) * gradient[i] * gradient[i];
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException("gradient[" + i + "] = " + gradient[i] + " is too large: its square"
                        + " overflows the second moment estimate");
            }
            mHat[i] = m[i] / c1;
            vHat[i] = v[i] / c2;
            double den = Math.sqrt(vHat[i]) + epsilon;
            // den = 0 only when ε = 0 and every gradient so far was 0; then m̂ = 0 too: no move.
            update[i] = den == 0 && mHat[i] == 0 ? 0 : -alpha * mHat[i] / den;
            theta[i] = state.theta[i] + update[i];
        }
        Checks.finiteStep(theta, t, name());
        return new AdamState(t, theta, gradient.clone(), m, v, mHat, vHat, update);
    }

    @Override
    public String toString() {
        return name() + String.format(Locale.ROOT, "[β1=%s, β2=%s, ε=%s]", Format.number(beta1),
                Format.number(beta2), Format.number(epsilon));
    }
}
