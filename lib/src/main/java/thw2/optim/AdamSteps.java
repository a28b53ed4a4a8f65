package thw2.optim;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import thw2.args.Require;

/**
 * Adam on one parameter, step by step, for reading its six update steps off a table (Question 4):
 * a run on a given sequence of gradients, its table of g_t, m_t, v_t, m̂_t, v̂_t, Δθ_t and θ_t, and the
 * length of the step Adam takes on a gradient that arrives after a quiet stretch of zero gradients.
 */
public final class AdamSteps {
    /** The longest quiet stretch {@link #stepAfterZeros} runs through. */
    public static final int MAX_STEPS = 10_000_000;

    private AdamSteps() {}

    /**
     * Adam on one parameter from θ₀ = 0, fed the scalar gradients g₁, …, g_T in that order (whatever
     * θ is): the states t = 0, 1, …, T.
     *
     * @param adam      the optimizer
     * @param gradients g₁, …, g_T, finite, at least one
     * @return the run, T + 1 states
     * @throws IllegalArgumentException if {@code adam} is null or {@code gradients} is empty, has a
     *     non-finite entry or more than {@link Require#MAX_ITERATIONS} entries
     */
    public static Trajectory<AdamState> onGradients(Adam adam, double... gradients) {
        Require.notNull(adam, "adam");
        Require.finite(Require.nonEmpty(gradients, "gradients"), "gradients");
        double[] g = gradients.clone();
        Require.iterations(g.length, 1, "gradients.length");
        return adam.run((t, theta) -> new double[] {g[t - 1]}, new double[] {0}, g.length);
    }

    /**
     * The run as a table with one row per state and the columns t, g_t, m_t, v_t, m̂_t, v̂_t, Δθ_t, θ_t
     * of its first parameter (the t = 0 row is the start: θ₀ and zeros).
     *
     * @param title the table's caption
     * @param run   an Adam run
     * @return the table
     * @throws IllegalArgumentException if an argument is null
     */
    public static Table table(String title, Trajectory<AdamState> run) {
        Require.notNull(title, "title");
        Require.notNull(run, "run");
        int n = run.states().size();
        int[] t = new int[n];
        double[][] col = new double[7][n];
        for (int k = 0; k < n; k++) {
            AdamState s = adamState(run, k);
            t[k] = s.t();
            col[0][k] = s.gradient[0];
            col[1][k] = s.m[0];
            col[2][k] = s.v[0];
            col[3][k] = s.mHat[0];
            col[4][k] = s.vHat[0];
            col[5][k] = s.update[0];
            col[6][k] = s.theta[0];
        }
        return Table.create(title, IntColumn.create("t", t), DoubleColumn.create("g_t", col[0]),
                DoubleColumn.create("m_t", col[1]), DoubleColumn.create("v_t", col[2]),
                DoubleColumn.create("m̂_t", col[3]), DoubleColumn.create("v̂_t", col[4]),
                DoubleColumn.create("Δθ_t", col[5]), DoubleColumn.create("θ_t", col[6]));
    }

    /**
     * The rows t = 1, …, T of the run's first parameter: {m_t, v_t, m̂_t, v̂_t, θ_t} (the layout of
     * {@code thw2.reference.AdamByHand.steps}, for comparing the two).
     *
     * @param run an Adam run
     * @return T rows of five values
     * @throws IllegalArgumentException if {@code run} is null
     */
    public static double[][] rows(Trajectory<AdamState> run) {
        Require.notNull(run, "run");
        double[][] rows = new double[run.steps()][];
        for (int t = 1; t <= run.steps(); t++) {
            AdamState s = adamState(run, t);
            rows[t - 1] = new double[] {s.m[0], s.v[0], s.mHat[0], s.vHat[0], s.theta[0]};
        }
        return rows;
    }

    /** State k of the run, which must be Adam's (generics are erased: a run of another optimizer can arrive here). */
    private static AdamState adamState(Trajectory<AdamState> run, int k) {
        Object s = run.states().get(k);
        if (!(s instanceof AdamState a)) {
            throw new IllegalArgumentException("run must be a run of Adam, but its state " + k + " is a "
                    + s.getClass().getSimpleName());
        }
        return a;
    }

    /**
     * |Δθ_t|: the length of the step Adam takes on the gradient g at step t, after t − 1 zero
     * gradients, run step by step on one parameter from θ₀ = 0. With m_{t−1} = v_{t−1} = 0 it is
     * α·(1 − β₁)|g|/(1 − β₁ᵗ) / (√((1 − β₂)g²/(1 − β₂ᵗ)) + ε) with both corrections: α at t = 1,
     * 0.48α at t = 10 and close to α(1 − β₁)/√(1 − β₂) ≈ 3.16α for large t with the defaults
     * (Kingma &amp; Ba 2015, §2.1; Question 4).
     *
     * @param adam the optimizer
     * @param t    the step at which g arrives, in [1, {@value #MAX_STEPS}]
     * @param g    the gradient, finite
     * @return |Δθ_t|
     * @throws IllegalArgumentException if {@code adam} is null, t is out of range or g is not finite
     */
    public static double stepAfterZeros(Adam adam, int t, double g) {
        Require.notNull(adam, "adam");
        Require.inRange(t, 1, MAX_STEPS, "t");
        Require.finite(g, "g");
        if (!(g * g < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("g = " + g + " is too large: g² overflows Adam's second moment estimate");
        }
        AdamState last = adam.runWhile((k, theta) -> new double[] {k == t ? g : 0}, new double[] {0}, t, s -> true);
        return Math.abs(last.update[0]);
    }
}
