package thw2.reference;

import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import thw2.args.Require;

/**
 * The formulas of Question 5 for J(w) = wᵀHw, typed out: one gradient step in the eigenbasis,
 * Q(I − 2εΛ)Qᵀw, with Q and Λ from Commons Math's eigendecomposition (not the library's Jacobi
 * method); Newton's iterates (1 − η)ᵗw₀; and the guaranteed number of steps of gradient descent at
 * the optimal step, ⌈ln(factor)/ln((κ − 1)/(κ + 1))⌉. Shares no code with {@code thw2.optim}.
 */
public final class QuadraticBowlByHand {
    private QuadraticBowlByHand() {}

    /**
     * Q(I − 2εΛ)Qᵀw for a symmetric H = QΛQᵀ, decomposed by {@link EigenDecomposition}.
     *
     * @param h   a symmetric square matrix, finite
     * @param eps the step size, positive and finite
     * @param w   the point, of matching length, finite
     * @return the step's result
     * @throws IllegalArgumentException if H is not square or symmetric, or the sizes differ
     */
    public static double[] stepByEigendecomposition(double[][] h, double eps, double[] w) {
        Require.finite(h, "h");
        Require.positive(eps, "eps");
        Require.finite(Require.nonEmpty(w, "w"), "w");
        if (h.length != w.length || h[0].length != w.length) {
            throw new IllegalArgumentException("h must be " + w.length + "×" + w.length + " to match w, got " + h.length
                    + "×" + (h.length == 0 ? 0 : h[0].length));
        }
        for (int i = 0; i < h.length; i++) {
            for (int j = 0; j < i; j++) {
                if (h[i][j] != h[j][i]) {
                    throw new IllegalArgumentException("h must be symmetric, but h[" + i + "][" + j + "] = " + h[i][j]
                            + " and h[" + j + "][" + i + "] = " + h[j][i]);
                }
            }
        }
        int n = w.length;
        EigenDecomposition eig;
        try {
            eig = new EigenDecomposition(MatrixUtils.createRealMatrix(h));
        } catch (MathIllegalStateException | MathArithmeticException e) {
            throw new IllegalArgumentException("h could not be decomposed by Commons Math (" + e.getMessage()
                    + "): its entries are too far from 1 in size for this plain reference", e);
        }
        RealMatrix stepMatrix = eig.getV()
                .multiply(MatrixUtils.createRealIdentityMatrix(n).subtract(eig.getD().scalarMultiply(2 * eps)))
                .multiply(eig.getV().transpose());
        double[] out = stepMatrix.operate(w);
        for (double x : out) {
            Require.finiteResult(x, "the step", "h, eps or w is too large");
        }
        return out;
    }

    /**
     * The largest deviation of Newton iterates from (1 − η)ᵗw₀, each relative to the size the iterate
     * should have, ‖w₀‖·max(1, |1 − η|ᵗ): maxₜ,ᵢ |w_t,i − (1 − η)ᵗw₀,ᵢ| / (‖w₀‖·max(1, |1 − η|ᵗ)).
     *
     * @param path the iterates w₀, w₁, …, finite, each of the length of w0 (its row 0 is compared too)
     * @param w0   the start, finite, not zero
     * @param eta  the step length η, positive and finite
     * @return the largest scaled deviation
     * @throws IllegalArgumentException if an argument is out of range or the sizes differ
     */
    public static double largestNewtonDeviation(double[][] path, double[] w0, double eta) {
        Require.finite(path, "path");
        Require.finite(Require.nonEmpty(w0, "w0"), "w0");
        Require.positive(eta, "eta");
        if (path.length == 0 || path[0].length != w0.length) {
            throw new IllegalArgumentException("path must have rows of length " + w0.length + " (that of w0)");
        }
        double norm0 = 0;
        for (double x : w0) {
            norm0 += x * x;
        }
        norm0 = Math.sqrt(norm0);
        if (!(norm0 > 0) || !Double.isFinite(norm0)) {
            throw new IllegalArgumentException("w0 must have a positive, finite norm, got " + norm0);
        }
        double worst = 0;
        for (int t = 0; t < path.length; t++) {
            double factor = Math.pow(1 - eta, t);
            double scale = norm0 * Math.max(1, Math.abs(factor));
            for (int i = 0; i < w0.length; i++) {
                worst = Math.max(worst, Math.abs(path[t][i] - factor * w0[i]) / scale);
            }
        }
        return Require.finiteResult(worst, "the deviation", "eta is too large for this many steps");
    }

    /**
     * ⌈ln(factor)/ln ρ⌉ with ρ = (κ − 1)/(κ + 1): the number of gradient steps at the optimal step size
     * after which ‖w_t‖ ≤ factor·‖w₀‖ is guaranteed on a bowl of condition number κ (1 for κ = 1).
     *
     * @param kappa  the condition number, ≥ 1
     * @param factor the reduction, in (0, 1)
     * @return the guaranteed number of steps
     * @throws IllegalArgumentException if an argument is out of range
     */
    public static double guaranteedSteps(double kappa, double factor) {
        Require.finite(kappa, "kappa");
        if (!(kappa >= 1)) {
            throw new IllegalArgumentException("kappa must be >= 1 (a condition number), got " + kappa);
        }
        Require.positive(factor, "factor");
        if (!(factor < 1)) {
            throw new IllegalArgumentException("factor must be in (0, 1), got " + factor);
        }
        if (kappa == 1) {
            return 1;
        }
        double rho = (kappa - 1) / (kappa + 1);
        if (rho == 1) {
            throw new ArithmeticException("kappa = " + kappa + " is too large: (κ − 1)/(κ + 1) rounds to 1");
        }
        return Math.ceil(Math.log(factor) / Math.log(rho));
    }
}
