package thw2.nn;

import thw2.args.Require;

/**
 * The activation f applied entry by entry to a layer's pre-activation z, with its derivative
 * f'(z) (used by backpropagation: δ = (∂L/∂a) ⊙ f'(z)). A NaN or infinite z is refused
 * ({@link IllegalArgumentException}): max(0, NaN) would otherwise pass for 0.
 */
public enum Activation {
    /** σ(z) = 1/(1+e^{−z}); σ'(z) = σ(z)(1−σ(z)), both from {@link Activations}. */
    SIGMOID {
        @Override
        public double apply(double z) {
            return Activations.sigmoid(z);
        }

        @Override
        public double derivative(double z) {
            return Activations.sigmoidDerivative(z);
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
}
