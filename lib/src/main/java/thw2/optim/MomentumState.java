package thw2.optim;

import java.util.Arrays;

/** The state of SGD with momentum after step t: θ_t, g_t, the velocity u_t and Δθ_t = u_t. Immutable. */
public final class MomentumState extends StepState {
    /** For heavy-ball momentum the update Δθ_t is the velocity u_t: one array serves as both. */
    final double[] velocity;

    MomentumState(int t, double[] theta, double[] gradient, double[] velocity) {
        super(t, theta, gradient, velocity);
        this.velocity = velocity;
    }

    /** The velocity u_t = μu_{t−1} − αg_t (u₀ = 0), which is also Δθ_t. */
    public double[] velocity() {
        return velocity.clone();
    }

    @Override
    public String toString() {
        return describe("MomentumState", ", velocity=" + Arrays.toString(velocity));
    }
}
