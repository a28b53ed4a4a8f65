package thw2.nn;

import thw2.args.Require;

/**
 * The activation f applied entry by entry to a layer's pre-activation z, with its derivative
 * f'(z) (used by backpropagation: δ = (∂L/∂a) ⊙ f'(z)), and the numerically stable functions
 * around it as static methods: σ and σ' ({@link #sigmoid}, {@link #sigmoidDerivative}, the bodies of
 * {@link #SIGMOID}), log σ, log-sum-exp and softmax (the output layer's). A NaN or infinite z is
 * refused ({@link IllegalArgumentException}): max(0, NaN) would otherwise pass for 0.
 *
 * <p>None of them overflows, and none loses the tiny values that matter in the tails: σ'(50) is
 * about 1.9e-22, not 0.
 *
 * <p>This is the library's one activation type. The Question 2 trainer ({@code thw2.committee})
 * takes an {@code Activation} too and evaluates it through its own float32 kernel of the same
 * function (package-private there), whose derivative is written through the output a = f(z).
 */
public enum Activation {
    /** σ(z) = 1/(1+e^{−z}); σ'(z) = σ(z)(1−σ(z)): {@link #sigmoid} and {@link #sigmoidDerivative}. */
    SIGMOID {
        @Override
        public double apply(double z) {
            return sigmoid(z);
        }

        @Override
        public double derivative(double z) {
            return sigmoidDerivative(z);
        }
    },
    /** tanh z; tanh'(z) = sech² z = 1/cosh² z (keeps its tail, unlike 1 − tanh² z). */
    TANH {
        @Override
        public double apply(double z) {
            return Math.tanh(Require.finite(z, "z"));
        }

        @Override
        public double derivative(double z) {
            double c = Math.cosh(Require.finite(z, "z")); // +∞ beyond |z| ≈ 710, where sech² z underflows to 0 anyway
            return 1.0 / (c * c);
        }
    },
    /** max(0, z); derivative 1 for z &gt; 0 and 0 otherwise (0 at the kink z = 0). */
    RELU {
        @Override
        public double apply(double z) {
            return Require.finite(z, "z") > 0 ? z : 0.0;
        }

        @Override
        public double derivative(double z) {
            return Require.finite(z, "z") > 0 ? 1.0 : 0.0;
        }
    },
    /** f(z) = z, f'(z) = 1: a linear layer (for example logits or a regression output). */
    IDENTITY {
        @Override
        public double apply(double z) {
            return Require.finite(z, "z");
        }

        @Override
        public double derivative(double z) {
            Require.finite(z, "z");
            return 1.0;
        }
    };

    /** f(z). */
    public abstract double apply(double z);

    /** f'(z), the derivative with respect to the pre-activation. */
    public abstract double derivative(double z);

    /**
     * σ(z) = 1/(1+e^{−z}), evaluated as e^{z}/(1+e^{z}) for z &lt; 0 so that e^{−z} never overflows.
     */
    public static double sigmoid(double z) {
        Require.finite(z, "z");
        if (z >= 0) {
            return 1.0 / (1.0 + Math.exp(-z));
        }
        double e = Math.exp(z);
        return e / (1.0 + e);
    }

    /**
     * σ'(z) = σ(z)(1−σ(z)) computed as e^{−|z|}/(1+e^{−|z|})², which keeps full relative precision in
     * both tails. The product form loses relative precision like e^{z}·2⁻⁵³ and is exactly 0 once
     * z ≥ 53·ln 2 ≈ 36.74, where 1 + e^{−z} rounds to 1 and σ(z) to exactly 1.
     */
    public static double sigmoidDerivative(double z) {
        Require.finite(z, "z");
        double e = Math.exp(-Math.abs(z));
        double d = 1.0 + e;
        return e / (d * d);
    }

    /** log σ(z) = −log(1+e^{−z}), stable for all finite z. */
    public static double logSigmoid(double z) {
        Require.finite(z, "z");
        return z >= 0 ? -Math.log1p(Math.exp(-z)) : z - Math.log1p(Math.exp(z));
    }

    /** log Σ e^{zᵢ}, shifted by the maximum so that no exponential overflows. */
    public static double logSumExp(double[] z) {
        Require.nonEmpty(z, "z");
        Require.finite(z, "z");
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, v);
        }
        double s = 0;
        for (double v : z) {
            s += Math.exp(v - m);
        }
        return m + Math.log(s);
    }

    /**
     * softmax(z)ᵢ = e^{zᵢ − m} / Σⱼ e^{zⱼ − m} with m = max z: probabilities that sum to 1, even for
     * logits of ±1000. (Dividing by the shifted sum is more accurate than e^{zᵢ − logsumexp(z)}, whose
     * large rounded exponent costs digits.)
     */
    public static double[] softmax(double[] z) {
        Require.nonEmpty(z, "z");
        Require.finite(z, "z");
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            m = Math.max(m, v);
        }
        double[] p = new double[z.length];
        double s = 0;
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i] - m);
            s += p[i];
        }
        for (int i = 0; i < z.length; i++) {
            p[i] /= s;
        }
        return p;
    }
}
