package thw2.optim;

import java.util.ArrayList;
import java.util.List;
import thw2.args.Require;
import java.util.function.Predicate;
import thw2.args.Require;

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
        Checks.length(theta0, f.dimension(), "theta0");
        return runWith(f.oracle(), "f", theta0, steps);
    }

    /**
     * Runs {@code steps} steps, asking {@code oracle} for g_t at θ_{t−1}; keeps every state. A
     * non-finite gradient or parameter stops the run with an {@link IllegalStateException} that says
     * at which step.
     */
    default Trajectory<S> run(GradientOracle oracle, double[] theta0, int steps) {
        return runWith(oracle, "oracle", theta0, steps);
    }

    private Trajectory<S> runWith(GradientOracle oracle, String oracleName, double[] theta0, int steps) {
        Require.notNull(oracle, oracleName);
        Require.iterations(steps, 0, "steps");
        Require.notNull(theta0, "theta0");
        // every state holds about six vectors of the parameters' length
        Require.entries(6.0 * (steps + 1.0) * theta0.length, "(steps + 1) states of " + theta0.length + " parameters");
        List<S> states = new ArrayList<>(steps + 1);
        descend(oracle, oracleName, theta0, steps, "steps", s -> {
            states.add(s);
            return true;
        });
        return new Trajectory<>(name(), states);
    }

    /**
     * The same descent as {@link #run(GradientOracle, double[], int)}, without keeping the states:
     * each state, from θ₀ (t = 0) on, is shown to {@code goOn} as soon as it is made, and the run
     * stops after {@code maxSteps} steps or at the first state for which {@code goOn} returns false.
     * Returns the last state made. This is the loop every trainer in the library runs (a loss
     * recorded every few steps, weights kept once per epoch, a stop when a target is reached), so
     * the memory does not grow with the number of steps. A non-finite gradient or parameter stops
     * the run with an {@link IllegalStateException} that says at which step; an exception thrown by
     * {@code goOn} stops it too and is passed on unchanged.
     *
     * @param goOn called once per state, in order; must not be null
     */
    default S runWhile(GradientOracle oracle, double[] theta0, int maxSteps, Predicate<? super S> goOn) {
        Require.notNull(oracle, "oracle");
        Require.iterations(maxSteps, 0, "maxSteps");
        Require.notNull(theta0, "theta0");
        Require.notNull(goOn, "goOn");
        return descend(oracle, "oracle", theta0, maxSteps, "maxSteps", goOn);
    }

    /** The loop itself: start, then gradient, check and step, showing every state to goOn. */
    private S descend(GradientOracle oracle, String oracleName, double[] theta0, int steps, String stepsName,
                      Predicate<? super S> goOn) {
        // the optimizer's own share of a step: a new state (a few copies of θ), the checks; the oracle's is not counted
        Require.work(steps * (6.0 * theta0.length + 250), stepsName + " × (6 × parameters + 250) = "
                + steps + " × (6 × " + theta0.length + " + 250) for the optimizer's steps");
        S s = start(theta0);
        if (!goOn.test(s)) {
            return s;
        }
        for (int t = 1; t <= steps; t++) {
            double[] theta = s.theta();
            double[] g;
            try {
                g = oracle.gradient(t, theta);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(name() + " at step " + t + " of steps = " + steps + " (from theta0 = "
                        + java.util.Arrays.toString(theta0) + "): " + oracleName + " failed: " + e.getMessage(), e);
            }
            if (g == null) {
                throw new IllegalStateException(name() + " at step " + t + ": the oracle returned no gradient (null)");
            }
            for (int i = 0; i < g.length; i++) {
                if (!Double.isFinite(g[i])) {
                    throw new IllegalStateException(name() + " at step " + t + " of steps = " + steps
                            + ": the gradient at θ_" + (t - 1) + " = " + java.util.Arrays.toString(theta)
                            + " has gradient[" + i + "] = " + g[i] + " (the iterates diverged: reduce the learning"
                            + " rate; or the oracle is broken)");
                }
            }
            s = step(s, g);
            if (!goOn.test(s)) {
                return s;
            }
        }
        return s;
    }
}
