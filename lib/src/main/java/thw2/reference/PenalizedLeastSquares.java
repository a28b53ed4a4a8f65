package thw2.reference;

import thw2.args.Require;

/**
 * Least squares with a quadratic penalty, by its normal equations written out and solved plainly.
 * For N examples xᵢ (the rows of X) with targets yᵢ, the minimizer of
 * <pre>
 *   (1/2N) ‖y − Xw‖² + ½ Σₖ (α·(1/N) Σᵢ xᵢₖ² + λ) wₖ²
 * </pre>
 * solves (XᵀX + α·diag(XᵀX) + Nλ·I) w = Xᵀy. The matrix and the right-hand side are summed entry by
 * entry from their definitions and the system is solved by Gaussian elimination with partial
 * pivoting, without the column scaling of the library's solver: accurate for the moderate,
 * well-conditioned data of the notebooks.
 *
 * <p>Used by Question 6: α > 0, λ = 0 is the objective that Gaussian dropout optimizes in
 * expectation; α = 0 gives ordinary ridge regression (λ > 0) and least squares (λ = 0).
 */
public final class PenalizedLeastSquares {
    private PenalizedLeastSquares() {}

    /** The most features D (the normal equations are D × D). */
    public static final int MAX_FEATURES = 1000;

    /**
     * The solution of (XᵀX + α·diag(XᵀX)) w = Xᵀy: the minimizer of the expected dropout objective.
     *
     * @param x     the N × D inputs, finite, rectangular
     * @param y     the N targets
     * @param alpha the dropout noise variance α ≥ 0
     * @return the D weights
     * @throws IllegalArgumentException for bad shapes or entries, α &lt; 0, or singular normal equations
     * @throws ArithmeticException if an entry of the normal equations overflows
     */
    public static double[] dropout(double[][] x, double[] y, double alpha) {
        Require.nonNegative(alpha, "alpha");
        return solve(x, y, alpha, 0);
    }

    /**
     * The solution of (XᵀX + Nλ·I) w = Xᵀy: ordinary ridge regression, the minimizer of
     * (1/2N)‖y − Xw‖² + (λ/2)‖w‖².
     *
     * @param lambda the ridge strength λ ≥ 0
     * @return the D weights
     * @throws IllegalArgumentException for bad shapes or entries, λ &lt; 0, or singular normal equations
     * @throws ArithmeticException if an entry of the normal equations overflows
     */
    public static double[] ridge(double[][] x, double[] y, double lambda) {
        Require.nonNegative(lambda, "lambda");
        return solve(x, y, 0, lambda);
    }

    /**
     * Ordinary least squares, the solution of XᵀX w = Xᵀy.
     *
     * @return the D weights
     * @throws IllegalArgumentException for bad shapes or entries, or X without full column rank
     * @throws ArithmeticException if an entry of the normal equations overflows
     */
    public static double[] leastSquares(double[][] x, double[] y) {
        return solve(x, y, 0, 0);
    }

    /**
     * Ridge regression on the inputs rescaled to unit mean square, mapped back to the original units:
     * with sₖ = √((1/N) Σᵢ xᵢₖ²), fit ridge with strength λ to the inputs xᵢₖ/sₖ, then divide weight k
     * by sₖ. Question 6 shows that this is the dropout solution with α = λ.
     *
     * @param lambda the ridge strength λ ≥ 0
     * @return the D weights in the units of {@code x}
     * @throws IllegalArgumentException for bad shapes or entries, an all-zero column, λ &lt; 0, or
     *     singular normal equations
     */
    public static double[] ridgeOnUnitMeanSquareInputs(double[][] x, double[] y, double lambda) {
        double[] meanSquares = columnMeanSquares(x);
        double[] rms = new double[meanSquares.length];
        for (int k = 0; k < rms.length; k++) {
            if (!(meanSquares[k] > 0)) {
                throw new IllegalArgumentException("x must have no all-zero column (column " + k
                        + " cannot be rescaled to unit mean square)");
            }
            rms[k] = Math.sqrt(meanSquares[k]);
        }
        double[][] unit = new double[x.length][rms.length];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < rms.length; k++) {
                unit[i][k] = x[i][k] / rms[k];
            }
        }
        double[] u = ridge(unit, y, lambda);
        double[] w = new double[u.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = Require.finiteResult(u[k] / rms[k], "the weight w[" + k + "]", "x is too small or y too large");
        }
        return w;
    }

    /**
     * The mean square of every column, (1/N) Σᵢ xᵢₖ², summed as Σᵢ (xᵢₖ²/N).
     *
     * @param x the N × D inputs, finite, rectangular
     * @return the D mean squares
     * @throws IllegalArgumentException for an empty, ragged or non-finite {@code x}
     * @throws ArithmeticException if a square overflows
     */
    public static double[] columnMeanSquares(double[][] x) {
        requireInputs(x);
        int n = x.length;
        double[] m = new double[x[0].length];
        for (double[] row : x) {
            for (int k = 0; k < m.length; k++) {
                m[k] += row[k] * row[k] / n;
            }
        }
        for (int k = 0; k < m.length; k++) {
            Require.finiteResult(m[k], "the mean square of column " + k, "x is too large");
        }
        return m;
    }

    private static void requireInputs(double[][] x) {
        Require.finite(x, "x");
        if (x.length == 0 || x[0].length == 0) {
            throw new IllegalArgumentException("x must have at least one row and one column");
        }
        if (x[0].length > MAX_FEATURES) {
            throw new IllegalArgumentException("x must have at most " + MAX_FEATURES + " columns, got " + x[0].length);
        }
    }

    /** (XᵀX + α·diag(XᵀX) + Nλ·I) w = Xᵀy, formed entry by entry and solved by elimination. */
    private static double[] solve(double[][] x, double[] y, double alpha, double lambda) {
        requireInputs(x);
        Require.finite(y, "y");
        if (y.length != x.length) {
            throw new IllegalArgumentException("x and y must have the same number of examples, got "
                    + x.length + " rows and " + y.length + " targets");
        }
        int n = x.length;
        int d = x[0].length;
        double[][] a = new double[d][d + 1]; // the augmented matrix [A | b]
        for (int j = 0; j < d; j++) {
            for (int k = 0; k < d; k++) {
                for (int i = 0; i < n; i++) {
                    a[j][k] += x[i][j] * x[i][k];
                }
            }
            for (int i = 0; i < n; i++) {
                a[j][d] += x[i][j] * y[i];
            }
        }
        for (int k = 0; k < d; k++) {
            a[k][k] += alpha * a[k][k] + n * lambda;
        }
        for (double[] row : a) {
            for (double v : row) {
                Require.finiteResult(v, "an entry of the normal equations", "x, y, alpha or lambda is too large");
            }
        }
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int row = col + 1; row < d; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (a[pivot][col] == 0) {
                throw new IllegalArgumentException("the normal equations are singular: x must have full column rank"
                        + " (or a penalty must make up for it)");
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int row = col + 1; row < d; row++) {
                double f = a[row][col] / a[col][col];
                for (int k = col; k <= d; k++) {
                    a[row][k] -= f * a[col][k];
                }
            }
        }
        double[] w = new double[d];
        for (int row = d - 1; row >= 0; row--) {
            double s = a[row][d];
            for (int k = row + 1; k < d; k++) {
                s -= a[row][k] * w[k];
            }
            w[row] = Require.finiteResult(s / a[row][row], "the weight w[" + row + "]", "the system is nearly singular");
        }
        return w;
    }
}
