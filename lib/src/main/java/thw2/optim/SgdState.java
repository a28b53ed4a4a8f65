package thw2.optim;

/** The state of plain (stochastic) gradient descent after step t: θ_t, g_t and Δθ_t. Immutable. */
public final class SgdState implements OptimizerState {
    final int t;
    final double[] theta;
    final double[] gradient;
    final double[] update;

    SgdState(int t, double[] theta, double[] gradient, double[] update) {
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

    @Override
    public String toString() {
        return "SgdState[t=" + t + ", theta=" + java.util.Arrays.toString(theta) + "]";
    }
}
