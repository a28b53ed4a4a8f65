package thw2.reference;

import thw2.args.Require;

/**
 * Linear systems a·x = b checked plainly (Question 5 e): the residual of a claimed solution, summed
 * entry by entry, and the number of multiplications and divisions that Gaussian elimination with
 * back substitution performs on an n×n system, counted operation by operation. Shares no code with
 * {@code thw2.linalg}.
 */
public final class LinearEquations {
    private LinearEquations() {}

    /**
     * maxᵢ |Σⱼ aᵢⱼxⱼ − bᵢ|, each row's sum started at −bᵢ.
     *
     * @param a the matrix, finite, rectangular
     * @param x the claimed solution, finite, of length a's column count
     * @param b the right-hand side, finite, of length a's row count
     * @return the largest residual
     * @throws IllegalArgumentException if the sizes do not fit or an entry is not finite
     * @throws ArithmeticException if a sum overflows
     */
    public static double largestResidual(double[][] a, double[] x, double[] b) {
        Require.finite(a, "a");
        Require.finite(Require.nonEmpty(x, "x"), "x");
        Require.finite(Require.nonEmpty(b, "b"), "b");
        if (a.length != b.length || a[0].length != x.length) {
            throw new IllegalArgumentException("a must be " + b.length + "×" + x.length + " (the lengths of b and x), got "
                    + a.length + "×" + (a.length == 0 ? 0 : a[0].length));
        }
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            double r = -b[i];
            for (int j = 0; j < x.length; j++) {
                r += a[i][j] * x[j];
            }
            worst = Math.max(worst, Math.abs(r));
        }
        return Require.finiteResult(worst, "the residual", "a, x or b is too large");
    }

    /**
     * The multiplications and divisions of Gaussian elimination and back substitution on an n×n
     * system with one right-hand side, counted as the loops perform them: for each pivot k and each of
     * the n − k − 1 rows below it, one division for the multiplier, n − k − 1 multiplications for the
     * row and one for the right-hand side; then, for each unknown from the last, one multiplication per
     * known unknown and one division.
     *
     * @param n the size, in [1, 2,000,000]
     * @return the count (equal to (n³ + 3n² − n)/3)
     * @throws IllegalArgumentException if n is out of range
     */
    public static long eliminationMultiplications(int n) {
        Require.inRange(n, 1, 2_000_000, "n");
        long count = 0;
        for (int k = 0; k < n - 1; k++) {
            long rowsBelow = n - k - 1;
            count += rowsBelow * (1 + (n - k - 1) + 1);
        }
        for (int i = n - 1; i >= 0; i--) {
            count += (n - i - 1) + 1;
        }
        return count;
    }
}
