package thw2.optim;

import java.util.OptionalInt;
import thw2.args.Require;

/**
 * How fast gradient descent with a fixed step ε shrinks ‖w_t‖ on a {@link QuadraticBowl}
 * (Question 5): every eigen-coordinate is multiplied by 1 − 2ελᵢ per step, so for large t the
 * directions whose factor has the largest modulus, the spectral radius ρ(ε) = maxᵢ|1 − 2ελᵢ|, are all
 * that is left, and ‖w_t‖ ≈ |c_dom(0)|·ρᵗ with c_dom(0) the part of Qᵀw₀ along them. At the optimal
 * step ε* = 1/(λ_min + λ_max), ρ = (κ − 1)/(κ + 1) (Nocedal &amp; Wright, <i>Numerical Optimization</i>,
 * 2nd ed., 2006, §3.3).
 *
 * <p>Immutable.
 */
public final class GradientDescentRate {
    /** Factors whose moduli differ from ρ by at most this fraction of ρ count as dominant. */
    private static final double TIE = 1e-12;

    private final QuadraticBowl bowl;
    private final double eps;

    private GradientDescentRate(QuadraticBowl bowl, double eps) {
        this.bowl = bowl;
        this.eps = eps;
    }

    /**
     * Gradient descent with step {@code eps} on {@code bowl}.
     *
     * @throws IllegalArgumentException if {@code bowl} is null or eps is not positive and finite
     */
    public static GradientDescentRate of(QuadraticBowl bowl, double eps) {
        Require.notNull(bowl, "bowl");
        Require.positive(eps, "eps");
        return new GradientDescentRate(bowl, eps);
    }

    /**
     * Gradient descent at the optimal step ε* = 1/(λ_min + λ_max).
     *
     * @throws IllegalArgumentException if {@code bowl} is null
     * @throws IllegalStateException if the bowl is not positive definite
     */
    public static GradientDescentRate optimal(QuadraticBowl bowl) {
        Require.notNull(bowl, "bowl");
        return new GradientDescentRate(bowl, bowl.optimalStepSize());
    }

    /** The step size ε. */
    public double stepSize() {
        return eps;
    }

    /** The spectral radius ρ(ε) = maxᵢ |1 − 2ελᵢ|, the factor by which ‖w_t‖ eventually shrinks per step. */
    public double rate() {
        return bowl.spectralRadius(eps);
    }

    /**
     * |c_dom(0)|: the norm of the part of w₀'s eigen-coordinates Qᵀw₀ along the directions whose factor
     * has modulus ρ(ε) (for ε* both extreme directions, whose factors are ±ρ). Then
     * ‖w_t‖ → |c_dom(0)|·ρᵗ up to the other directions, which die out faster.
     *
     * @throws IllegalArgumentException if {@code w0} is null, not finite or of the wrong size
     */
    public double dominantAmplitude(double[] w0) {
        Require.finite(Require.notNull(w0, "w0"), "w0");
        if (w0.length != bowl.dimension()) {
            throw new IllegalArgumentException("w0 must have the bowl's dimension " + bowl.dimension() + ", got length "
                    + w0.length);
        }
        double[] c = bowl.eigenCoordinates(w0);
        double[] f = bowl.contractionFactors(eps);
        double rho = rate();
        double sum = 0;
        for (int i = 0; i < c.length; i++) {
            if (Math.abs(Math.abs(f[i]) - rho) <= TIE * rho) {
                sum += c[i] * c[i];
            }
        }
        return Require.finiteResult(Math.sqrt(sum), "the dominant amplitude", "w0 is too large");
    }

    /**
     * ‖w_t‖ for t = 0, …, steps, measured on the iterates of gradient descent.
     *
     * @throws IllegalArgumentException if {@code w0} is invalid or steps is out of range
     * @throws ArithmeticException if an iterate overflows (gradient descent diverging)
     */
    public double[] norms(double[] w0, int steps) {
        double[][] path = bowl.gradientDescentPath(w0, eps, steps);
        double[] out = new double[path.length];
        for (int t = 0; t < path.length; t++) {
            out[t] = QuadraticBowl.norm(path[t]);
        }
        return out;
    }

    /**
     * The first t ≤ maxSteps with ‖w_t‖ ≤ factor·‖w₀‖, measured by running gradient descent
     * ({@link QuadraticBowl#iterationsToReduce}); empty if not reached.
     *
     * @throws IllegalArgumentException if an argument is invalid
     */
    public OptionalInt stepsToReduce(double[] w0, double factor, int maxSteps) {
        return bowl.iterationsToReduce(w0, eps, factor, maxSteps);
    }
}
