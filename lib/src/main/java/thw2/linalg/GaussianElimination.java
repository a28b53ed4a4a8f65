package thw2.linalg;

import thw2.args.Require;

/**
 * Gaussian elimination with partial pivoting that counts its multiplications and divisions: a
 * deterministic measure of what a Newton step costs, to set beside wall-clock timings (which vary
 * from run to run). It is also the library's solver for small dense systems: the Newton steps of
 * {@code thw2.optim.NewtonMethod} and the ridge solutions of {@code thw2.regularization} go through it.
 *
 * <p>Solving an n×n system with one right-hand side takes exactly
 * <pre>  Σ_{j=1}^{n−1} j(j + 2)  +  n(n − 1)/2 + n  =  (n³ + 3n² − n)/3 </pre>
 * multiplications and divisions: for each pivot k and each row below it, one division for the
 * multiplier, n − k − 1 multiplications to update the row and one for the right-hand side; then
 * back substitution. That is n³/3 + O(n²), against n² for the matrix–vector product of a gradient
 * step (Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed., 2013, §3.2 and §3.4).
 *
 * <p>Singularity is judged relative to the matrix's scale: a pivot with |u_kk| ≤ n·ε·max|a_ij| (ε the
 * machine epsilon) is rounding noise, not information, so {{1,2,3},{4,5,6},{7,8,9}}, whose last pivot
 * comes out as 1e-15 instead of 0, is refused as singular instead of giving a solution of size 1e15.
 * The same test accepts 1e-13·I or 1e200·I, which are perfectly conditioned.
 */
public final class GaussianElimination {
    private GaussianElimination() {}

    /** A solution together with the number of multiplications and divisions spent on it. */
    public record Solution(double[] x, long multiplications) {
        public Solution {
            x = Require.finite(Require.nonEmpty(x, "x"), "x").clone();
            if (multiplications < 0) {
                throw new IllegalArgumentException("multiplications must be >= 0, got " + multiplications);
            }
        }

        @Override
        public double[] x() {
            return x.clone();
        }
    }

    /**
     * The exact operation count (n³ + 3n² − n)/3 of {@link #solve} for an n×n system, computed
     * without intermediate overflow.
     *
     * @throws IllegalArgumentException if n &lt; 1, or if the count exceeds {@code Long.MAX_VALUE}
     *     (n above about 3,000,000)
     */
    public static long multiplicationsFor(int n) {
        Require.positive(n, "n");
        java.math.BigInteger m = java.math.BigInteger.valueOf(n);
        java.math.BigInteger count = m.pow(3).add(m.pow(2).multiply(java.math.BigInteger.valueOf(3))).subtract(m)
                .divide(java.math.BigInteger.valueOf(3));
        if (count.bitLength() > 63) {
            throw new IllegalArgumentException("n = " + n + " needs " + count + " multiplications, more than a long"
                    + " can count (n must be at most about 3,000,000)");
        }
        return count.longValue();
    }

    /**
     * Solves a·x = b, counting multiplications and divisions as it goes. Arguments are not modified.
     *
     * @throws IllegalArgumentException for non-square or mismatched input, non-finite entries, or a
     *     zero pivot (a singular matrix)
     */
    public static Solution solve(double[][] a, double[] b) {
        Require.finite(a, "a");
        Require.finite(Require.nonEmpty(b, "b"), "b");
        int n = b.length;
        if (a.length != n || a[0].length != n) {
            throw new IllegalArgumentException("a must be " + n + "×" + n + " to match b, got " + a.length + "×"
                    + (a.length == 0 ? 0 : a[0].length));
        }
        requireWork(n, "a");
        long[] count = new long[1];
        double[] x = solveScaled(a, b, "a", "b", count);
        return new Solution(x, count[0]);
    }

    /**
     * The solution of a·x = b by Gaussian elimination with partial pivoting, for a finite square a and
     * a finite b of matching size (not checked here), with the relative singularity test of the class
     * comment. Rows are not rescaled: a is divided by a power of two near its largest entry and b by
     * one near its own (exact), so no intermediate overflows or underflows before the last step.
     *
     * @throws IllegalArgumentException naming {@code aName} if a is singular to working precision
     * @throws ArithmeticException naming {@code bName} if the solution is beyond the double range
     */
    /**
     * Solves a·x = b like {@link #solve}, without the count, with errors that name the arguments as the
     * caller knows them ({@code aName}, {@code bName}: "the bowl's Hessian must be nonsingular").
     *
     * @throws IllegalArgumentException for non-square or mismatched input, non-finite entries, or a
     *     matrix that is singular to working precision
     * @throws ArithmeticException if the solution is beyond the double range
     */
    public static double[] solveNamed(double[][] a, double[] b, String aName, String bName) {
        Require.notNull(aName, "aName");
        Require.notNull(bName, "bName");
        Require.finite(a, aName);
        Require.finite(Require.nonEmpty(b, bName), bName);
        int n = b.length;
        if (a.length != n || a[0].length != n) {
            throw new IllegalArgumentException(aName + " must be " + n + "×" + n + " to match " + bName + ", got "
                    + a.length + "×" + (a.length == 0 ? 0 : a[0].length));
        }
        requireWork(n, aName);
        return solveScaled(a, b, aName, bName, new long[1]);
    }

    /** The elimination's (n³ + 3n² − n)/3 operations must be within {@link Require#MAX_WORK}. */
    private static void requireWork(int n, String aName) {
        double m = n;
        Require.work((m * m * m + 3 * m * m - m) / 3, aName + " is " + n + "×" + n + ": (n³ + 3n² − n)/3 for its elimination");
    }

    private static double[] solveScaled(double[][] a, double[] b, String aName, String bName, long[] count) {
        int n = b.length;
        double amax = 0;
        for (double[] row : a) {
            for (double v : row) {
                amax = Math.max(amax, Math.abs(v));
            }
        }
        double bmax = 0;
        for (double v : b) {
            bmax = Math.max(bmax, Math.abs(v));
        }
        if (amax == 0) {
            throw new IllegalArgumentException(aName + " must be nonsingular, but it is the zero matrix");
        }
        int ea = Math.getExponent(amax);
        int eb = bmax == 0 ? 0 : Math.getExponent(bmax);
        double[][] m = new double[n][n];
        double[] r = new double[n];
        // the entries of b that 2^-eb would flush below the normal range (b = (1e300, 1e-300)) are solved
        // for separately, with a scale of their own, and the two solutions added: A⁻¹(b₁ + b₂) = A⁻¹b₁ + A⁻¹b₂
        double[] small = null;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                m[i][j] = Math.scalb(a[i][j], -ea);
            }
            r[i] = Math.scalb(b[i], -eb);
            if (b[i] != 0 && Math.abs(r[i]) < Double.MIN_NORMAL) {
                small = small == null ? new double[n] : small;
                small[i] = b[i];
                r[i] = 0;
            }
        }
        double[] x = eliminate(m, r, n * Math.ulp(1.0) * Math.scalb(amax, -ea), aName, count);
        for (int i = 0; i < n; i++) {
            x[i] = Math.scalb(x[i], eb - ea);
        }
        if (small != null) {
            double[] xs = solveScaled(a, small, aName, bName, new long[1]);
            for (int i = 0; i < n; i++) {
                x[i] += xs[i];
            }
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i])) {
                throw new ArithmeticException("the solution of " + aName + "·x = " + bName + " is beyond the double range"
                        + " (x[" + i + "] overflows): " + bName + " is too large for this " + aName);
            }
        }
        return x;
    }

    /**
     * Elimination in place on m and r; a pivot of at most {@code tol} means singular. The
     * multiplications and divisions performed are counted into {@code countOut[0]}.
     */
    private static double[] eliminate(double[][] m, double[] r, double tol, String aName, long[] countOut) {
        int n = r.length;
        long count = 0;
        for (int k = 0; k < n - 1; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(m[i][k]) > Math.abs(m[p][k])) {
                    p = i;
                }
            }
            if (!(Math.abs(m[p][k]) > tol)) {
                throw singular(aName, k, m[p][k], tol);
            }
            double[] tmpRow = m[p];
            m[p] = m[k];
            m[k] = tmpRow;
            double tmp = r[p];
            r[p] = r[k];
            r[k] = tmp;
            double[] pivotRow = m[k];
            for (int i = k + 1; i < n; i++) {
                double[] row = m[i];
                double f = row[k] / pivotRow[k];
                count++;
                for (int j = k + 1; j < n; j++) {
                    row[j] -= f * pivotRow[j];
                }
                count += n - k - 1;
                r[i] -= f * r[k];
                count++;
            }
        }
        if (!(Math.abs(m[n - 1][n - 1]) > tol)) {
            throw singular(aName, n - 1, m[n - 1][n - 1], tol);
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = r[i];
            for (int j = i + 1; j < n; j++) {
                sum -= m[i][j] * x[j];
            }
            count += n - i - 1;
            x[i] = sum / m[i][i];
            count++;
        }
        countOut[0] = count;
        return x;
    }

    private static IllegalArgumentException singular(String aName, int column, double pivot, double tol) {
        return new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                "%s must be nonsingular, but it is singular to working precision: the pivot of column %d is %.3g"
                        + " of its largest entry (at most n·ε = %.3g counts as zero)", aName, column, pivot, tol));
    }
}
