package thw2.optim;

/**
 * What every first-order optimizer exposes after step t: the step counter, the parameters θ_t, the
 * gradient g_t that produced them and the update Δθ_t = θ_t − θ_{t−1}. At t = 0 (the start) the
 * gradient and the update are all zeros. Each optimizer adds its own state (moments, velocity).
 * Accessors return copies: states are immutable values.
 */
public interface OptimizerState {
    /** The step counter t: 0 for the initial state, then 1, 2, …. */
    int t();

    /** θ_t. */
    double[] theta();

    /** g_t, the gradient used in step t (zeros at t = 0). */
    double[] gradient();

    /** Δθ_t = θ_t − θ_{t−1} (zeros at t = 0). */
    double[] update();

    /** The Euclidean length of the update, ‖Δθ_t‖₂. */
    default double stepLength() {
        double s = 0;
        for (double d : update()) {
            s = Math.hypot(s, d);
        }
        return s;
    }
}
