package thw2.linalg;

import java.util.Arrays;
import thw2.args.Require;

/**
 * The eigendecomposition S = QΛQᵀ of a real symmetric matrix by the cyclic Jacobi method, accurate
 * relative to the matrix's scale: a matrix whose largest entry is below 1 is first multiplied by the
 * power of two that brings it near 1, and one whose largest entry is within a factor 2^(3 + log₂ n) of
 * the double range is divided by the power of two that keeps the rotations finite; otherwise nothing
 * is scaled (so entries of 1e-300 and 1e300 in one matrix lose nothing), and an off-diagonal
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

    /**
     * The largest n accepted: the largest input takes 5.5-5.7 s on these machines ({@code scripts/cap-times});
     * time grows like n³ and worse once the matrices leave the caches (800: 9 s alone, 15-16 s beside
     * another busy process). Commons Math's EigenDecomposition would take 0.6 s at 600 and 5.4 s at 1,200,
     * but its accuracy is relative to ‖S‖, not to each eigenvalue.
     */
    public static final int MAX_DIMENSION = 700;

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
        if (n > MAX_DIMENSION) {
            throw new IllegalArgumentException("s is " + n + "×" + n + ": at most " + MAX_DIMENSION + "×" + MAX_DIMENSION
                    + " (Jacobi's method takes about 10 s at that size, and time grows like n³)");
        }
        double max = 0;
        double min = Double.POSITIVE_INFINITY; // the smallest non-zero |s_ij|
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (s[i][j] != s[j][i]) {
                    throw new IllegalArgumentException("s must be symmetric, but s[" + i + "][" + j + "] = " + s[i][j]
                            + " and s[" + j + "][" + i + "] = " + s[j][i]);
                }
                max = Math.max(max, Math.abs(s[i][j]));
                if (s[i][j] != 0) {
                    min = Math.min(min, Math.abs(s[i][j]));
                }
            }
        }
        double[][] v = new double[n][n];
        for (int i = 0; i < n; i++) {
            v[i][i] = 1;
        }
        if (max == 0) {
            return sorted(new double[n], v);
        }
        // a diagonal matrix is its own decomposition: nothing to rotate, nothing to scale (a scaling near the top
        // of the double range would cost a subnormal entry its last bits)
        int e = diagonal(s) ? 0 : shift(max, min, n);
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

    /**
     * The power of two 2^e that s is divided by, from its largest and smallest non-zero |s_ij|: the one
     * that brings the largest entry near 1 when that leaves the smallest a normal number (always, unless
     * the entries span more than 2^1022); otherwise the matrix is left alone, unless its largest entry is
     * so close to the double range that the rotations could overflow (every entry of every iterate is at
     * most ‖S‖_F ≤ n·max|s_ij|), and then it is brought down just enough. Bringing diag(1e300, 1e-300)
     * down to 1 would flush its 1e-300 to zero.
     */
    static int shift(double max, double min, int n) {
        int e = Math.getExponent(max);
        if (e < 0 || Math.scalb(min, -e) >= Double.MIN_NORMAL) {
            return e;
        }
        // n·max·2^-shift ≤ 2^1020 leaves room for the sums of a rotation
        int limit = 1020 - (32 - Integer.numberOfLeadingZeros(n));
        return Math.max(0, e - limit);
    }

    private static boolean diagonal(double[][] s) {
        for (int i = 0; i < s.length; i++) {
            for (int j = 0; j < s.length; j++) {
                if (i != j && s[i][j] != 0) {
                    return false;
                }
            }
        }
        return true;
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
