package thw2.optim;

import thw2.check.Require;

/**
 * Gaussian elimination with partial pivoting that counts its multiplications and divisions: a
 * deterministic measure of what a Newton step costs, to set beside wall-clock timings (which vary
 * from run to run). The library's Newton steps use Commons Math's LU decomposition; this class exists
 * only to count.
 *
 * <p>Solving an n×n system with one right-hand side takes exactly
 * <pre>  Σ_{j=1}^{n−1} j(j + 2)  +  n(n − 1)/2 + n  =  (n³ + 3n² − n)/3 </pre>
 * multiplications and divisions: for each pivot k and each row below it, one division for the
 * multiplier, n − k − 1 multiplications to update the row and one for the right-hand side; then
 * back substitution. That is n³/3 + O(n²), against n² for the matrix–vector product of a gradient
 * step (Golub &amp; Van Loan, <i>Matrix Computations</i>, 4th ed., 2013, §3.2 and §3.4).
 */
public final class GaussianElimination {
    private GaussianElimination() {}

    /** A solution together with the number of multiplications and divisions spent on it. */
    public record Solution(double[] x, long multiplications) {
        public Solution {
            x = x.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }
    }

    /** The exact operation count (n³ + 3n² − n)/3 of {@link #solve} for an n×n system. */
    public static long multiplicationsFor(int n) {
        Require.positive(n, "n");
        long m = n;
        return (m * m * m + 3 * m * m - m) / 3;
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
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = a[i].clone();
        }
        double[] r = b.clone();
        long count = 0;
        for (int k = 0; k < n - 1; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) {
                if (Math.abs(m[i][k]) > Math.abs(m[p][k])) {
                    p = i;
                }
            }
            if (m[p][k] == 0) {
                throw new IllegalArgumentException("a must be nonsingular: no nonzero pivot in column " + k);
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
        if (m[n - 1][n - 1] == 0) {
            throw new IllegalArgumentException("a must be nonsingular: no nonzero pivot in column " + (n - 1));
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
        return new Solution(x, count);
    }
}
