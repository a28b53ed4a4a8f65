package thw2.optim;

import java.util.SplittableRandom;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import thw2.args.Require;
import thw2.stats.Timing;

/**
 * What one Newton step costs against one gradient step, in wall-clock time (Question 5 e), on an
 * n-dimensional bowl with eigenvalues 1, 2, …, n: the general Newton direction solves the n×n
 * Hessian system by Gaussian elimination, O(n³) ({@link NewtonMethod#newtonDirection}); a gradient
 * step is one matrix–vector product, O(n²) ({@link QuadraticBowl#gradientDescentStep}). Each time is
 * the median of three runs ({@link Timing}), after one warm-up solve; gradient steps are timed in
 * batches of max(5, min(10⁴, 2·10⁷/n²)) for a measurable duration. Timings vary between machines and runs:
 * show them, never check them; the operation counts of {@code thw2.linalg.GaussianElimination} are
 * the evidence.
 *
 * @param n                  the dimension
 * @param newtonMillis       the median time of one Newton direction, in ms
 * @param gradientStepMillis the median time of one gradient step, in ms
 */
public record StepTimings(int n, double newtonMillis, double gradientStepMillis) {
    /** The largest n {@link #measure} accepts. */
    public static final int MAX_N = 500;
    /** At most this many gradient steps are timed in one batch. */
    private static final int MAX_BATCH = 10_000;

    /**
     * @throws IllegalArgumentException if n is not positive, newtonMillis is negative, gradientStepMillis
     *     is not positive, or a time is not finite
     * @throws ArithmeticException if their ratio is beyond the double range
     */
    public StepTimings {
        Require.positive(n, "n");
        Require.nonNegative(newtonMillis, "newtonMillis");
        Require.positive(gradientStepMillis, "gradientStepMillis");
        Require.finiteResult(newtonMillis / gradientStepMillis, "the ratio newtonMillis / gradientStepMillis",
                "gradientStepMillis is too small next to newtonMillis");
    }

    /**
     * Times both steps at dimension n.
     *
     * @param n the dimension, in [2, {@value #MAX_N}]
     * @return the timings
     * @throws IllegalArgumentException if n is out of range
     */
    public static StepTimings measure(int n) {
        Require.inRange(n, 2, MAX_N, "n");
        double[] eigenvalues = new double[n];
        for (int i = 0; i < n; i++) {
            eigenvalues[i] = 1 + i;
        }
        QuadraticBowl bowl = QuadraticBowl.withEigenvalues(eigenvalues, 5);
        double[] w = new SplittableRandom(1).doubles(n).toArray();
        double[][] hessian = bowl.hessian();
        double[] gradient = bowl.gradient(w);
        int inner = Math.max(5, Math.min(MAX_BATCH, 20_000_000 / (n * n)));
        NewtonMethod.newtonDirection(hessian, gradient);
        double newton = Timing.medianMillis(() -> NewtonMethod.newtonDirection(hessian, gradient), 3);
        double step = Timing.medianMillis(() -> {
            for (int i = 0; i < inner; i++) {
                bowl.gradientDescentStep(w, 0.001);
            }
        }, 3) / inner;
        return new StepTimings(n, newton, step);
    }

    /** How many gradient steps one Newton direction costs in time. */
    public double ratio() {
        return newtonMillis / gradientStepMillis;
    }

    /**
     * Measures each size and tabulates n, the Newton direction's time, the gradient step's time and
     * their ratio.
     *
     * @param title the table's caption
     * @param sizes the dimensions, each in [2, {@value #MAX_N}], at most 10 of them
     * @return the table
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static Table table(String title, int... sizes) {
        Require.notNull(title, "title");
        Require.notNull(sizes, "sizes");
        Require.inRange(sizes.length, 1, 10, "sizes.length");
        for (int k = 0; k < sizes.length; k++) {
            Require.inRange(sizes[k], 2, MAX_N, "sizes[" + k + "]");
        }
        double[][] col = new double[3][sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            StepTimings t = measure(sizes[k]);
            col[0][k] = t.newtonMillis;
            col[1][k] = t.gradientStepMillis;
            col[2][k] = t.ratio();
        }
        return Table.create(title, IntColumn.create("n", sizes.clone()), DoubleColumn.create("Newton direction (ms)", col[0]),
                DoubleColumn.create("gradient step (ms)", col[1]), DoubleColumn.create("ratio", col[2]));
    }
}
