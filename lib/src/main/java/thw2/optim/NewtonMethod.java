package thw2.optim;

import java.util.Arrays;
import java.util.Locale;
import thw2.args.Require;
import thw2.linalg.GaussianElimination;

/**
 * Newton's method with step length η on the quadratic bowl J(w) = wᵀHw:
 * <pre>  w ← w − η (∇²J)⁻¹ ∇J(w) = w − η (2S)⁻¹ 2Sw = (1 − η) w ,   S = (H + Hᵀ)/2 . </pre>
 * The Newton direction is computed numerically, by solving (2S)d = ∇J(w) by Gaussian elimination
 * with partial pivoting ({@link GaussianElimination}, whose singularity test is relative to the
 * matrix's scale, so 1e-13·I is solved and not refused), not by the shortcut d = w, so that the
 * notebook can show that the two agree. Consequences on a quadratic (Nocedal &amp; Wright, <i>Numerical Optimization</i>,
 * 2nd ed., 2006, §3.3; Goodfellow, Bengio &amp; Courville, <i>Deep Learning</i>, 2016, §8.6.1):
 * <ul>
 *   <li>w_t = (1 − η)ᵗ w₀ for every nonsingular H: the iteration converges iff 0 &lt; η &lt; 2,
 *       reaches the stationary point in one step at η = 1, flips w ↔ −w forever at η = 2 and
 *       diverges for η &gt; 2, whatever the condition number;</li>
 *   <li>the point it converges to is the stationary point w = 0 whatever its kind: for an indefinite
 *       H that is a saddle point ({@link #target()}), which gradient descent would move away from.</li>
 * </ul>
 * A singular H has no Newton step (the linear system has no unique solution): {@link #on} refuses it.
 * Instances are immutable.
 */
public final class NewtonMethod {
    private final QuadraticBowl bowl;
    private final double[][] hessian;

    private NewtonMethod(QuadraticBowl bowl) {
        this.bowl = bowl;
        this.hessian = bowl.hessian();
    }

    /**
     * Newton's method on {@code bowl}. The Hessian 2S is constant on a quadratic.
     *
     * @throws IllegalArgumentException if the bowl's S is singular (an eigenvalue within
     *     {@link QuadraticBowl#zeroTolerance()} of 0): the Newton step is then undefined
     */
    public static NewtonMethod on(QuadraticBowl bowl) {
        Require.notNull(bowl, "bowl");
        if (bowl.isSingular()) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "bowl must have a nonsingular H for Newton's method, but the symmetric part has an eigenvalue "
                            + "within %.3g of 0 (eigenvalues %s): (2S)⁻¹∇J is undefined",
                    bowl.zeroTolerance(), Arrays.toString(bowl.eigenvalues())));
        }
        return new NewtonMethod(bowl);
    }

    /** The bowl being minimised. */
    public QuadraticBowl bowl() {
        return bowl;
    }

    /**
     * The kind of stationary point the iteration heads for: w = 0 is a minimum only if H is
     * positive definite; for an indefinite H Newton's method converges to a saddle point.
     */
    public QuadraticBowl.Curvature target() {
        return bowl.curvature();
    }

    /** The Newton direction d = (∇²J)⁻¹∇J(w), solved numerically (equal to w up to rounding). */
    public double[] direction(double[] w) {
        double[] g = bowl.gradient(w);
        return GaussianElimination.solveNamed(hessian, g, "the bowl's Hessian", "w");
    }

    /** One damped Newton step w − η(∇²J)⁻¹∇J(w). {@code w} is not modified. */
    public double[] step(double[] w, double eta) {
        Require.positive(eta, "eta");
        double[] d = direction(w);
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = Require.finiteResult(w[i] - eta * d[i], "the Newton step w − eta·d", "eta or w is too large");
        }
        return out;
    }

    /**
     * The iterates w₀, …, w_steps by repeated Newton steps, run as {@link Sgd} with learning rate η
     * on the Newton directions (through {@link Optimizer#runWhile}, like every descent here).
     *
     * @throws ArithmeticException if an iterate overflows (η &gt; 2, diverging)
     */
    public double[][] path(double[] w0, double eta, int steps) {
        bowl.checkPoint(w0, "w0");
        Require.positive(eta, "eta");
        Require.iterations(steps, 0, "steps");
        Require.entries(((double) steps + 1) * w0.length, "(steps + 1) × n = " + (steps + 1L) + " × " + w0.length
                + " path entries");
        double n = w0.length;
        // each step solves an n×n system ((n³ + 3n² − n)/3 operations) and costs 300-1100 ns besides (n = 2)
        Require.work(steps * ((n * n * n + 3 * n * n - n) / 3 + 2 * n * n + 800), "steps × ((n³ + 3n² − n)/3 + 2n² + 800) = "
                + steps + " × ((" + w0.length + "³ + …)/3 + …) for the Newton steps");
        double[][] path = new double[steps + 1][];
        // damped Newton is Sgd with step η on the oracle g_t = d(w_{t−1}), the Newton direction: its
        // w + (−η·d) is w − η·d to the last bit
        try {
            new Sgd(eta).runWhile((t, w) -> direction(w), w0, steps, st -> {
                path[st.t()] = st.theta();
                return true;
            });
        } catch (ArithmeticException | IllegalStateException e) {
            int t = 1;
            while (t <= steps && path[t] != null) {
                t++;
            }
            throw new ArithmeticException("Newton's method with eta = " + eta + " overflowed at step "
                    + t + ": it diverges (|1 - eta| > 1)");
        }
        return path;
    }

    /** The factor 1 − η by which every Newton step multiplies w on a quadratic. */
    public static double contractionFactor(double eta) {
        Require.positive(eta, "eta");
        return 1 - eta;
    }

    /** Whether Newton's method with step length η converges on a quadratic: |1 − η| &lt; 1, i.e. 0 &lt; η &lt; 2. */
    public static boolean converges(double eta) {
        return Math.abs(contractionFactor(eta)) < 1;
    }

    /**
     * The general Newton direction for one iteration of a non-quadratic problem, where the Hessian
     * changes at every step and must be factorised again: solves hessian·d = gradient by Gaussian
     * elimination with partial pivoting ({@link GaussianElimination}; singularity judged relative to
     * the Hessian's scale). Costs about (2/3)n³ floating-point
     * operations for the factorisation plus 2n² for the solve (Golub &amp; Van Loan,
     * <i>Matrix Computations</i>, 4th ed., 2013, §3.2), against n² for a gradient step's
     * matrix–vector product. Arguments are not modified.
     *
     * @throws IllegalArgumentException if the matrix is not square, sizes differ, an entry is not
     *     finite, or the matrix is singular
     */
    public static double[] newtonDirection(double[][] hessian, double[] gradient) {
        return GaussianElimination.solveNamed(hessian, gradient, "hessian", "gradient");
    }
}
