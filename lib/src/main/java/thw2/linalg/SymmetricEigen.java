package thw2.linalg;

import java.util.Arrays;
import thw2.args.Require;

/**
 * The eigendecomposition S = QΛQᵀ of a real symmetric matrix by the cyclic Jacobi method, accurate
 * relative to the matrix's scale: the matrix is first multiplied by a power of two that brings its
 * largest entry near 1 (exact, so entries of 1e-300 and 1e300 lose nothing), and an off-diagonal
 * entry is treated as zero only when it is negligible against the two diagonal entries it couples,
 * |s_pq| ≤ ε·√|s_pp·s_qq| (the stopping rule of Demmel &amp; Veselić, "Jacobi's method is more
 * accurate than QR", SIAM J. Matrix Anal. Appl. 13, 1992). So diag(1e16, 1) has the eigenvalues
 * 1 and 1e16 exactly, where a tolerance absolute in ‖S‖ would call the 1 a zero.
 *
 * <p>Each rotation zeroes one off-diagonal pair (Golub &amp; Van Loan, <i>Matrix Computations</i>,
 * 4th ed., 2013, §8.5); sweeps over all pairs repeat until every pair is negligible (quadratic
 * convergence: a few sweeps for the matrices of this course). Immutable; built from its input and
 * read through getters, like Commons Math's decompositions.
 */
public final class SymmetricEigen {
    private static final int MAX_SWEEPS = 100;

    private final double[] values;
    private final double[][] vectors;

    private SymmetricEigen(double[] values, double[][] vectors) {
        this.values = values;
        this.vectors = vectors;
    }

    /**
     * The decomposition of the symmetric matrix {@code s} (square, finite, s[i][j] == s[j][i]).
     *
     * @throws IllegalArgumentException if s is not a finite symmetric square matrix
     * @throws ArithmeticException if an eigenvalue is beyond the double range (possible only when
     *     entries are near 1e308)
     */
    public static SymmetricEigen of(double[][] s) {
        Require.finite(s, "s");
        int n = s.length;
        if (n == 0 || s[0].length != n) {
            throw new IllegalArgumentException("s must be square and not empty, got " + n + "×"
                    + (n == 0 ? 0 : s[0].length));
        }
        Require.entries((double) n * n, "s is " + n + "×" + n + ", its eigenvectors");
        double max = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (s[i][j] != s[j][i]) {
                    throw new IllegalArgumentException("s must be symmetric, but s[" + i + "][" + j + "] = " + s[i][j]
                            + " and s[" + j + "][" + i + "] = " + s[j][i]);
                }
                max = Math.max(max, Math.abs(s[i][j]));
            }
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        if (max == 0) {
            return sorted(new double[n], v);
        }
        int e = Math.getExponent(max);
        double[][] a = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = Math.scalb(s[i][j], -e); // exact: a power of two
            }
        }
        jacobi(a, v);
        double[] lambda = new double[n];
        for (int i = 0; i < n; i++) {
            lambda[i] = Math.scalb(a[i][i], e);
            if (!Double.isFinite(lambda[i])) {
                throw new ArithmeticException("an eigenvalue of s is beyond the double range (entries up to " + max + ")");
            }
        }
        return sorted(lambda, v);
    }

    /** Cyclic Jacobi on a (modified into Λ), accumulating the rotations into the columns of v. */
    private static void jacobi(double[][] a, double[][] v) {
        int n = a.length;
        double eps = Math.ulp(1.0);
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            for (int p = 0; p < n - 1; p++) {
                for (int q = p + 1; q < n; q++) {
                    double apq = a[p][q];
                    if (apq == 0) {
                        continue;
                    }
                    double app = a[p][p];
                    double aqq = a[q][q];
                    if (Math.abs(apq) <= eps * Math.sqrt(Math.abs(app)) * Math.sqrt(Math.abs(aqq))
                            || Math.abs(apq) < Double.MIN_NORMAL) {
                        a[p][q] = 0;
                        a[q][p] = 0;
                        continue;
                    }
                    rotated = true;
                    double theta = (aqq - app) / (2 * apq);
                    double t = Math.abs(theta) > 1e150 ? 0.5 / theta
                            : Math.signum(theta == 0 ? 1 : theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    double c = 1 / Math.sqrt(t * t + 1);
                    double sn = t * c;
                    for (int k = 0; k < n; k++) { // columns p and q of A·J
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - sn * akq;
                        a[k][q] = sn * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) { // rows p and q of Jᵀ·A
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - sn * aqk;
                        a[q][k] = sn * apk + c * aqk;
                    }
                    a[p][p] = app - t * apq;
                    a[q][q] = aqq + t * apq;
                    a[p][q] = 0;
                    a[q][p] = 0;
                    for (int k = 0; k < n; k++) {
                        double vkp = v[k][p];
                        double vkq = v[k][q];
                        v[k][p] = c * vkp - sn * vkq;
                        v[k][q] = sn * vkp + c * vkq;
                    }
                }
            }
            if (!rotated) {
                return;
            }
        }
        throw new ArithmeticException("the Jacobi eigenvalue iteration did not converge in " + MAX_SWEEPS + " sweeps");
    }

    /** Ascending eigenvalues; eigenvector k is column k of v, its largest entry made positive. */
    private static SymmetricEigen sorted(double[] lambda, double[][] v) {
        int n = lambda.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(lambda[x], lambda[y]));
        double[] values = new double[n];
        double[][] vectors = new double[n][n];
        for (int k = 0; k < n; k++) {
            int col = order[k];
            values[k] = lambda[col];
            int big = 0;
            for (int i = 0; i < n; i++) {
                vectors[k][i] = v[i][col];
                if (Math.abs(v[i][col]) > Math.abs(v[big][col]) + 1e-12) {
                    big = i;
                }
            }
            if (vectors[k][big] < 0) {
                for (int i = 0; i < n; i++) {
                    vectors[k][i] = -vectors[k][i];
                }
            }
        }
        return new SymmetricEigen(values, vectors);
    }

    /** The dimension n. */
    public int dimension() {
        return values.length;
    }

    /** The eigenvalues λ₁ ≤ … ≤ λₙ (a copy). */
    public double[] eigenvalues() {
        return values.clone();
    }

    /** The unit eigenvector for the k-th smallest eigenvalue (0-based; a copy). */
    public double[] eigenvector(int k) {
        return vectors[Require.index(k, values.length, "k")].clone();
    }
}
