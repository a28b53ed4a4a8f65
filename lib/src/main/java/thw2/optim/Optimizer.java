package thw2.optim;

import java.util.ArrayList;
import java.util.List;
import thw2.check.Require;

/**
 * A first-order optimizer as a pure state transition: {@link #start} gives the state at t = 0 and
 * {@link #step} maps the state after step t − 1 and the gradient g_t to the state after step t.
 * Nothing is mutated, so every intermediate state can be kept, tabled and compared.
 *
 * @param <S> the optimizer's state type
 */
public interface Optimizer<S extends OptimizerState> {
    /** A short name for legends and tables, e.g. {@code "Adam(α=0.001)"}. */
    String name();

    /** The state at t = 0: θ₀ = {@code theta0} and every accumulator zero. */
    S start(double[] theta0);

    /**
     * One step: from the state after step t − 1 and the gradient g_t = ∇f_t(θ_{t−1}) to the state
     * after step t. A gradient with a NaN or infinite entry, or of the wrong length, is an
     * {@link IllegalArgumentException}; parameters that overflow are an {@link IllegalStateException}.
     */
    S step(S state, double[] gradient);

    /** Runs {@code steps} steps on a deterministic objective: g_t = ∇f(θ_{t−1}). */
    default Trajectory<S> run(Objective f, double[] theta0, int steps) {
        Require.notNull(f, "f");
        Objective.checkLength(theta0, f.dimension());
        return run(f.oracle(), theta0, steps);
    }

    /**
     * Runs {@code steps} steps, asking {@code oracle} for g_t at θ_{t−1}; keeps every state. A
     * non-finite gradient or parameter stops the run with an {@link IllegalStateException} that says
     * at which step.
     */
    default Trajectory<S> run(GradientOracle oracle, double[] theta0, int steps) {
        Require.notNull(oracle, "oracle");
        Require.inRange(steps, 0, Integer.MAX_VALUE - 1, "steps");
        List<S> states = new ArrayList<>(steps + 1);
        S s = start(theta0);
        states.add(s);
        for (int t = 1; t <= steps; t++) {
            double[] theta = s.theta();
            double[] g = oracle.gradient(t, theta);
            if (g != null) {
                for (int i = 0; i < g.length; i++) {
                    if (!Double.isFinite(g[i])) {
                        throw new IllegalStateException(name() + " at step " + t + ": the gradient at θ_" + (t - 1)
                                + " = " + java.util.Arrays.toString(theta) + " has gradient[" + i + "] = " + g[i]
                                + " (the iterates diverged, or the gradient function is broken)");
                    }
                }
            }
            s = step(s, g);
            states.add(s);
        }
        return new Trajectory<>(name(), states);
    }

    /** The checks shared by every {@link #step}: a finite gradient of the parameters' length. */
    static void checkGradient(double[] theta, double[] gradient) {
        Require.notNull(gradient, "gradient");
        if (gradient.length != theta.length) {
            throw new IllegalArgumentException("gradient must have length " + theta.length + " (the number of"
                    + " parameters), got " + gradient.length);
        }
        Require.finite(gradient, "gradient");
    }

    /** Throws when a step has produced a non-finite parameter (the step size is too large). */
    static double[] checkFinite(double[] theta, int t, String optimizer) {
        for (int i = 0; i < theta.length; i++) {
            if (!Double.isFinite(theta[i])) {
                throw new IllegalStateException(optimizer + " diverged at step " + t + ": theta[" + i + "] = "
                        + theta[i] + "; reduce the learning rate");
            }
        }
        return theta;
    }
}
