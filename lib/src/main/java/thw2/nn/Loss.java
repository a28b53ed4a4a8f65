package thw2.nn;

import thw2.args.Require;

/**
 * Built-in losses of an {@link Mlp}, averaged over the batch of n rows. Each gives its value and
 * its gradient with respect to the network's output (the starting point of backpropagation).
 */
public enum Loss {
    /** L = (1/n) Σᵢ ½‖yᵢ − tᵢ‖²;  ∂L/∂yᵢ = (yᵢ − tᵢ)/n. */
    SQUARED_ERROR {
        @Override
        double value(double y, double t) {
            double d = y - t;
            return 0.5 * d * d;
        }

        @Override
        double derivative(double y, double t) {
            return y - t;
        }
    },
    /**
     * Binary cross-entropy on logits o (use an {@link Activation#IDENTITY} output layer):
     * L = (1/n) Σᵢ −[t log σ(o) + (1−t) log(1−σ(o))] = (1/n) Σᵢ [softplus(o) − t·o], computed with
     * {@link Activation#logSigmoid}; ∂L/∂oᵢ = (σ(oᵢ) − tᵢ)/n. Targets t in [0, 1].
     */
    SIGMOID_CROSS_ENTROPY {
        @Override
        double value(double o, double t) {
            return -(t * Activation.logSigmoid(o) + (1 - t) * Activation.logSigmoid(-o));
        }

        @Override
        double derivative(double o, double t) {
            return Activation.sigmoid(o) - t;
        }
    };

    abstract double value(double output, double target);

    abstract double derivative(double output, double target);

    /** The batch-averaged loss of {@code outputs} (n × m) against {@code targets} (n × m). */
    public double value(double[][] outputs, double[][] targets) {
        checkShapes(outputs, targets);
        double s = 0;
        for (int i = 0; i < outputs.length; i++) {
            for (int j = 0; j < outputs[i].length; j++) {
                s += value(outputs[i][j], targets[i][j]);
            }
        }
        return Require.finiteResult(s / outputs.length, "the loss", "outputs and targets are too far apart");
    }

    /** ∂L/∂outputs, an n × m matrix. */
    public double[][] gradient(double[][] outputs, double[][] targets) {
        checkShapes(outputs, targets);
        int n = outputs.length;
        double[][] g = new double[n][];
        for (int i = 0; i < n; i++) {
            g[i] = new double[outputs[i].length];
            for (int j = 0; j < g[i].length; j++) {
                g[i][j] = derivative(outputs[i][j], targets[i][j]) / n;
            }
        }
        return g;
    }

    private void checkShapes(double[][] outputs, double[][] targets) {
        Require.finite(outputs, "outputs");
        Require.finite(targets, "targets");
        if (outputs.length == 0 || outputs[0].length == 0) {
            throw new IllegalArgumentException("outputs must not be empty");
        }
        if (outputs.length != targets.length || outputs[0].length != targets[0].length) {
            throw new IllegalArgumentException("outputs and targets must have the same shape, got "
                    + outputs.length + "×" + outputs[0].length + " and " + targets.length + "×"
                    + (targets.length == 0 ? 0 : targets[0].length));
        }
        if (this == SIGMOID_CROSS_ENTROPY) {
            for (int i = 0; i < targets.length; i++) {
                for (int j = 0; j < targets[i].length; j++) {
                    if (targets[i][j] < 0 || targets[i][j] > 1) {
                        throw new IllegalArgumentException("targets[" + i + "][" + j
                                + "] must be in [0, 1] for SIGMOID_CROSS_ENTROPY, got " + targets[i][j]);
                    }
                }
            }
        }
    }
}
