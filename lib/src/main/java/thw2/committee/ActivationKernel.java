package thw2.committee;

import thw2.nn.Activation;

/**
 * The trainer's float32 kernel of an {@link Activation}: the same function f, evaluated on floats in
 * the inner loops of {@link NetTrainer} and {@link OneHiddenLayerNet}, with its derivative written
 * through the output a = f(z), which is all backpropagation needs:
 * ReLU f' = [a &gt; 0], tanh f' = 1 − a², logistic sigmoid f' = a (1 − a).
 *
 * <p>Why a second enum instead of {@link Activation} itself: {@code Activation} computes in double,
 * refuses a non-finite z with an exception (a notebook wants the error) and gives f' as a function of
 * z. The trainer needs none of that per entry: it calls f on 10⁸ floats an epoch, lets a NaN pass on
 * (divergence is detected once per epoch, on the loss, and reported as a
 * {@link TrainingDivergedException}), keeps a = f(z) instead of z, and has a branch-free ReLU loop.
 * Routing those loops through {@code Activation} would add a double round trip and a finiteness check
 * per entry. So the public API has one activation type ({@link TrainingOptions#activation()} is an
 * {@code Activation}); this kernel is package-private, chosen once per run by {@link #of}, and a test
 * ({@code NetTrainerTest}) checks it against {@code Activation} in double. The identity has no kernel:
 * a hidden layer without a nonlinearity makes the net a linear classifier, which Question 2 does not
 * train.
 */
enum ActivationKernel {
    /** f(z) = max(0, z). */
    RELU(Activation.RELU),
    /** f(z) = tanh z, evaluated as sign(z)·(1 − e^{−2|z|}) / (1 + e^{−2|z|}). */
    TANH(Activation.TANH),
    /** f(z) = 1 / (1 + e^{−z}), evaluated without overflow for either sign of z. */
    SIGMOID(Activation.SIGMOID);

    /** The activation this kernel evaluates. */
    final Activation activation;

    ActivationKernel(Activation activation) {
        this.activation = activation;
    }

    /**
     * The kernel of {@code a}.
     *
     * @throws IllegalArgumentException naming {@code activation} for {@link Activation#IDENTITY} (no
     *     kernel) or null
     */
    static ActivationKernel of(Activation a) {
        if (a == null) {
            throw new IllegalArgumentException("activation must not be null");
        }
        for (ActivationKernel k : values()) {
            if (k.activation == a) {
                return k;
            }
        }
        throw new IllegalArgumentException("activation must be a nonlinearity the trainer has a kernel for ("
                + java.util.Arrays.stream(values()).map(k -> k.activation.name()).toList() + "), got " + a);
    }

    /** f(z); NaN for NaN. */
    public float apply(float z) {
        switch (this) {
            case RELU:
                return Math.max(z, 0f); // NaN stays NaN
            case TANH: {
                double e = Math.exp(-2.0 * Math.abs(z));
                double t = (1.0 - e) / (1.0 + e);
                return (float) (z < 0 ? -t : t);
            }
            default: {
                if (z >= 0) {
                    return (float) (1.0 / (1.0 + Math.exp(-z)));
                }
                double e = Math.exp(z);
                return (float) (e / (1.0 + e));
            }
        }
    }

    /** f'(z) written through the output a = f(z); NaN for NaN. */
    public float derivativeFromOutput(float a) {
        switch (this) {
            case RELU:
                return a > 0f ? 1f : a == a ? 0f : Float.NaN;
            case TANH:
                return 1f - a * a;
            default:
                return a * (1f - a);
        }
    }

    /** Replaces h[from…to) by f(h[from…to)). */
    void applyInPlace(float[] h, int from, int to) {
        if (this == RELU) {
            for (int j = from; j < to; j++) {
                h[j] = Math.max(h[j], 0f);
            }
        } else {
            for (int j = from; j < to; j++) {
                h[j] = apply(h[j]);
            }
        }
    }
}
