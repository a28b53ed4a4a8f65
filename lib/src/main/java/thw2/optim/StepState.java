package thw2.optim;

import java.util.Arrays;

/**
 * What the state classes of {@link Sgd}, {@link Momentum} and {@link Adam} have in common: the step
 * counter t, θ_t, g_t and Δθ_t, held once here with their copying accessors. Package-private: readers
 * see the public subclasses and {@link OptimizerState}. The arrays are taken over, not copied (the
 * optimizers create them fresh), and never modified.
 */
abstract class StepState implements OptimizerState {
    final int t;
    final double[] theta;
    final double[] gradient;
    final double[] update;

    StepState(int t, double[] theta, double[] gradient, double[] update) {
        this.t = t;
        this.theta = theta;
        this.gradient = gradient;
        this.update = update;
    }

    @Override
    public int t() {
        return t;
    }

    @Override
    public double[] theta() {
        return theta.clone();
    }

    @Override
    public double[] gradient() {
        return gradient.clone();
    }

    @Override
    public double[] update() {
        return update.clone();
    }

    /** Coordinate {@code i} of θ_t without copying the vector (for long Monte Carlo loops). */
    public double theta(int i) {
        return theta[thw2.args.Require.index(i, theta.length, "i")];
    }

    /** Coordinate {@code i} of Δθ_t. */
    public double update(int i) {
        return update[thw2.args.Require.index(i, update.length, "i")];
    }

    /** "Name[t=…, theta=…" followed by the subclass's own fields and "]". */
    String describe(String name, String extra) {
        return name + "[t=" + t + ", theta=" + Arrays.toString(theta) + extra + "]";
    }
}
