package thw2.optim;

import java.util.Arrays;
import thw2.args.Require;

/** The argument checks that the optimizers and objectives share (package-private: not API). */
final class Checks {
    private Checks() {}

    /** θ has the objective's dimension. */
    static void length(double[] theta, int dimension) {
        length(theta, dimension, "theta");
    }

    static void length(double[] theta, int dimension, String name) {
        Require.notNull(theta, name);
        if (theta.length != dimension) {
            throw new IllegalArgumentException(name + " must have length " + dimension + ", got " + theta.length);
        }
    }

    /** A finite gradient of the parameters' length. */
    static void gradient(double[] theta, double[] gradient) {
        Require.notNull(gradient, "gradient");
        if (gradient.length != theta.length) {
            throw new IllegalArgumentException("gradient must have length " + theta.length + " (the number of"
                    + " parameters), got " + gradient.length);
        }
        Require.finite(gradient, "gradient");
    }

    /** Throws when a step has produced a non-finite parameter (the learning rate is too large). */
    static double[] finiteStep(double[] theta, int t, String optimizer) {
        for (int i = 0; i < theta.length; i++) {
            if (!Double.isFinite(theta[i])) {
                throw new IllegalStateException(optimizer + " diverged at step " + t + ": theta[" + i + "] = "
                        + theta[i] + "; reduce the learning rate");
            }
        }
        return theta;
    }

    static String show(double[] v) {
        return Arrays.toString(v);
    }
}
