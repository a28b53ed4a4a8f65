package thw2.committee;

/**
 * Activation of the hidden layer, in float32 for the trainer's inner loops. Each knows its derivative
 * as a function of its output a = f(z), which is all backpropagation needs:
 * ReLU f' = [a &gt; 0], tanh f' = 1 − a², logistic sigmoid f' = a (1 − a).
 */
public enum HiddenActivation {
    /** f(z) = max(0, z). */
    RELU,
    /** f(z) = tanh z, evaluated as sign(z)·(1 − e^{−2|z|}) / (1 + e^{−2|z|}). */
    TANH,
    /** f(z) = 1 / (1 + e^{−z}), evaluated without overflow for either sign of z. */
    SIGMOID;

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
