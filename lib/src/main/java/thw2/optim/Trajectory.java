package thw2.optim;

import java.util.List;
import java.util.function.ToDoubleFunction;
import thw2.args.Require;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import thw2.args.Require;

/**
 * The states θ₀, θ₁, …, θ_T of one optimizer run (index = t), with the optimizer's name.
 *
 * @param <S> the optimizer's state type
 */
public record Trajectory<S extends OptimizerState>(String name, List<S> states) {
    public Trajectory {
        Require.notNull(name, "name");
        Require.notNull(states, "states");
        for (int i = 0; i < states.size(); i++) {
            Require.notNull(states.get(i), "states[" + i + "]");
        }
        states = List.copyOf(states);
        if (states.isEmpty()) {
            throw new IllegalArgumentException("states must not be empty");
        }
    }

    /** The number of steps T (one less than the number of states). */
    public int steps() {
        return states.size() - 1;
    }

    /** The state after step t. */
    public S state(int t) {
        return states.get(Require.index(t, states.size(), "t"));
    }

    /** The last state, θ_T. */
    public S last() {
        return states.get(states.size() - 1);
    }

    /** The step counters 0, 1, …, T as doubles (an x axis). */
    public double[] ts() {
        double[] t = new double[states.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = i;
        }
        return t;
    }

    /** Coordinate {@code i} of θ_t for every t (a path for a chart). */
    public double[] coordinate(int i) {
        Require.index(i, states.get(0).theta().length, "i");
        double[] c = new double[states.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = states.get(k).theta()[i];
        }
        return c;
    }

    /** Any scalar of the state for every t, e.g. {@code s -> s.stepLength()}. */
    public double[] series(ToDoubleFunction<? super S> f) {
        Require.notNull(f, "f");
        double[] c = new double[states.size()];
        for (int k = 0; k < c.length; k++) {
            c[k] = f.applyAsDouble(states.get(k));
            if (!Double.isFinite(c[k])) {
                throw new IllegalStateException("f returned " + c[k] + " for the state after step " + k);
            }
        }
        return c;
    }

    /** f(θ_t) for every t. */
    public double[] values(Objective f) {
        Require.notNull(f, "f");
        try {
            return series(s -> f.value(s.theta()));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("f failed on this trajectory: " + e.getMessage(), e);
        }
    }

    /**
     * The run as a Tablesaw table, one row per state: columns {@code t}, {@code theta[0]} …
     * {@code theta[n−1]} and {@code step length} (‖Δθ_t‖₂, 0 at t = 0). The table is named after
     * the optimizer.
     */
    public Table table() {
        int n = states.get(0).theta().length;
        Require.entries((n + 2.0) * states.size(), "the table of " + states.size() + " states of " + n + " parameters");
        int[] t = new int[states.size()];
        double[][] theta = new double[n][states.size()];
        double[] length = new double[states.size()];
        for (int k = 0; k < t.length; k++) {
            S s = states.get(k);
            t[k] = s.t();
            double[] th = s.theta();
            for (int i = 0; i < n; i++) {
                theta[i][k] = th[i];
            }
            length[k] = s.stepLength();
        }
        Table table = Table.create(name, IntColumn.create("t", t));
        for (int i = 0; i < n; i++) {
            table.addColumns(DoubleColumn.create("theta[" + i + "]", theta[i]));
        }
        return table.addColumns(DoubleColumn.create("step length", length));
    }

    /** {@link #table()} with one more column, {@code f(theta)}: the objective at every state. */
    public Table table(Objective f) {
        double[] v = values(f);
        return table().addColumns(DoubleColumn.create("f(theta)", v));
    }
}
