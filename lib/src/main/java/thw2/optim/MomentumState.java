package thw2.optim;

/** The state of SGD with momentum after step t: θ_t, g_t, the velocity u_t and Δθ_t = u_t. Immutable. */
public final class MomentumState implements OptimizerState {
    final int t;
    final double[] theta;
    final double[] gradient;
    final double[] velocity;

    MomentumState(int t, double[] theta, double[] gradient, double[] velocity) {
        this.t = t;
        this.theta = theta;
        this.gradient = gradient;
        this.velocity = velocity;
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

    /** The velocity u_t = μu_{t−1} − αg_t (u₀ = 0). */
    public double[] velocity() {
        return velocity.clone();
    }

    /** Δθ_t, which for heavy-ball momentum is the velocity u_t. */
    @Override
    public double[] update() {
        return velocity.clone();
    }

    @Override
    public String toString() {
        return "MomentumState[t=" + t + ", theta=" + java.util.Arrays.toString(theta) + ", velocity="
                + java.util.Arrays.toString(velocity) + "]";
    }
}
