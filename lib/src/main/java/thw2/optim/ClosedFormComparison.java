package thw2.optim;

import thw2.args.Require;

/**
 * Gradient descent on a {@link QuadraticBowl} by repeated steps, set beside its closed form
 * w_t = Q(I − 2εΛ)ᵗQᵀw₀ at every step (Question 5 b). The two agree up to rounding: each step of the
 * iteration rounds once more, so their relative discrepancy ‖w_t − Q(I − 2εΛ)ᵗQᵀw₀‖/‖w_t‖ may grow
 * like t·ε_mach, while the closed form raises each factor 1 − 2ελᵢ to the power t in one
 * {@link Math#pow} and does not accumulate.
 *
 * <p>Immutable; computed when built.
 */
public final class ClosedFormComparison {
    private final double[] norms;
    private final double[] discrepancies;

    private ClosedFormComparison(double[] norms, double[] discrepancies) {
        this.norms = norms;
        this.discrepancies = discrepancies;
    }

    /**
     * The iterates w₀, …, w_steps of gradient descent with step {@code eps} from {@code w0}
     * ({@link QuadraticBowl#gradientDescentPath}) against {@link QuadraticBowl#gradientDescentClosedForm}.
     *
     * @param bowl  the quadratic
     * @param w0    the start, of the bowl's dimension
     * @param eps   the step size, &gt; 0
     * @param steps the number of steps, ≥ 0
     * @return the comparison at every t = 0, …, steps
     * @throws IllegalArgumentException if an argument is null, of the wrong size or out of range
     * @throws ArithmeticException if an iterate overflows (gradient descent diverging)
     */
    public static ClosedFormComparison of(QuadraticBowl bowl, double[] w0, double eps, int steps) {
        Require.notNull(bowl, "bowl");
        Require.finite(Require.notNull(w0, "w0"), "w0");
        if (w0.length != bowl.dimension()) {
            throw new IllegalArgumentException("w0 must have the bowl's dimension " + bowl.dimension() + ", got length "
                    + w0.length);
        }
        double[][] path = bowl.gradientDescentPath(w0, eps, steps);
        double[] norms = new double[steps + 1];
        double[] discrepancies = new double[steps + 1];
        int n = w0.length;
        for (int t = 0; t <= steps; t++) {
            double[] closed = bowl.gradientDescentClosedForm(w0, eps, t);
            double[] diff = new double[n];
            for (int i = 0; i < n; i++) {
                diff[i] = path[t][i] - closed[i];
            }
            norms[t] = QuadraticBowl.norm(path[t]);
            double d = QuadraticBowl.norm(diff);
            discrepancies[t] = d == 0 ? 0 : d / norms[t];
        }
        return new ClosedFormComparison(norms, discrepancies);
    }

    /** The number of steps compared. */
    public int steps() {
        return norms.length - 1;
    }

    /** ‖w_t‖ of the iterate. */
    public double norm(int t) {
        return norms[Require.index(t, norms.length, "t")];
    }

    /**
     * ‖w_t − Q(I − 2εΛ)ᵗQᵀw₀‖/‖w_t‖, the iterate's relative distance from the closed form (0 when they
     * are equal; +∞ if the iterate underflowed to 0 and the closed form did not).
     */
    public double relativeDiscrepancy(int t) {
        return discrepancies[Require.index(t, discrepancies.length, "t")];
    }

    /** The largest relative discrepancy over t = 0, …, steps. */
    public double largestRelativeDiscrepancy() {
        double worst = 0;
        for (double d : discrepancies) {
            worst = Math.max(worst, d);
        }
        return worst;
    }
}
