package thw2.optim;

import thw2.args.Require;
import thw2.text.Format;

/**
 * Plain (stochastic) gradient descent, θ_t = θ_{t−1} − α g_t (Goodfellow, Bengio &amp; Courville,
 * <i>Deep Learning</i>, 2016, Algorithm 8.1, with a constant learning rate). Immutable.
 */
public final class Sgd implements Optimizer<SgdState> {
    private final double alpha;

    /** SGD with learning rate α &gt; 0. */
    public Sgd(double alpha) {
        this.alpha = Require.positive(alpha, "alpha (learning rate)");
    }

    public double learningRate() {
        return alpha;
    }

    @Override
    public String name() {
        return "SGD (α=" + Format.number(alpha) + ")";
    }

    @Override
    public SgdState start(double[] theta0) {
        Require.finite(Require.nonEmpty(theta0, "theta0"), "theta0");
        int n = theta0.length;
        return new SgdState(0, theta0.clone(), new double[n], new double[n]);
    }

    @Override
    public SgdState step(SgdState state, double[] gradient) {
        Require.notNull(state, "state");
        Checks.gradient(state.theta, gradient);
        int t = state.t + 1;
        double[] update = new double[gradient.length];
        double[] theta = new double[gradient.length];
        for (int i = 0; i < gradient.length; i++) {
            update[i] = -alpha * gradient[i];
            theta[i] = state.theta[i] + update[i];
        }
        Checks.finiteStep(theta, t, name());
        return new SgdState(t, theta, gradient.clone(), update);
    }

    @Override
    public String toString() {
        return name();
    }
}
