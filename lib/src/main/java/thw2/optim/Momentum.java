package thw2.optim;

import thw2.args.Require;
import thw2.text.Format;

/**
 * SGD with (heavy-ball) momentum, Polyak (1964), in the form of Goodfellow, Bengio &amp; Courville,
 * <i>Deep Learning</i>, 2016, Algorithm 8.2, with u₀ = 0:
 * <pre>
 * u_t = μ u_{t−1} − α g_t
 * θ_t = θ_{t−1} + u_t
 * </pre>
 * With μ = 0 it is plain SGD. Immutable.
 */
public final class Momentum implements Optimizer<MomentumState> {
    private final double alpha;
    private final double mu;

    /** Momentum SGD with learning rate α &gt; 0 and momentum μ ∈ [0, 1). */
    public Momentum(double alpha, double mu) {
        this.alpha = Require.positive(alpha, "alpha (learning rate)");
        this.mu = Require.inRangeHalfOpen(mu, 0, 1, "mu (momentum)");
    }

    public double learningRate() {
        return alpha;
    }

    public double momentum() {
        return mu;
    }

    @Override
    public String name() {
        return "Momentum (α=" + Format.number(alpha) + ", μ=" + Format.number(mu) + ")";
    }

    @Override
    public MomentumState start(double[] theta0) {
        Require.finite(Require.nonEmpty(theta0, "theta0"), "theta0");
        int n = theta0.length;
        return new MomentumState(0, theta0.clone(), new double[n], new double[n]);
    }

    @Override
    public MomentumState step(MomentumState state, double[] gradient) {
        Require.notNull(state, "state");
        Checks.gradient(state.theta, gradient);
        int t = state.t + 1;
        double[] u = new double[gradient.length];
        double[] theta = new double[gradient.length];
        for (int i = 0; i < gradient.length; i++) {
            u[i] = mu * state.velocity[i] - alpha * gradient[i];
            theta[i] = state.theta[i] + u[i];
        }
        Checks.finiteStep(theta, t, name());
        return new MomentumState(t, theta, gradient.clone(), u);
    }

    @Override
    public String toString() {
        return name();
    }
}
