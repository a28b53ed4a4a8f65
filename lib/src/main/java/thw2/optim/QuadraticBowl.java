package thw2.optim;

import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import thw2.args.Require;
import thw2.linalg.SymmetricEigen;

/**
 * The quadratic J(w) = wᵀHw and gradient descent on it, read through the eigendecomposition of H.
 *
 * <h2>The rule for a non-symmetric H</h2>
 * Only the symmetric part S = (H + Hᵀ)/2 matters: wᵀHw = wᵀSw for every w, because the
 * antisymmetric part A = (H − Hᵀ)/2 gives wᵀAw = 0. This class therefore accepts any square, finite
 * H and always means the function wᵀHw: its gradient is ∇J(w) = (H + Hᵀ)w = 2Sw, its Hessian is
 * 2S, and every spectral quantity (eigenvalues λᵢ, eigenvectors Q, step sizes, rates) is that of S.
 * The textbook gradient 2Hw is the special case H = Hᵀ; for a non-symmetric H it is not the gradient
 * of J. {@link #isSymmetric()} tells which case a bowl is in.
 *
 * <h2>Gradient descent</h2>
 * With S = QΛQᵀ (Q orthogonal, Λ = diag(λ₁ ≤ … ≤ λₙ)), one step with step size ε is
 * w ← w − 2εSw = Q(I − 2εΛ)Qᵀw, so after t steps
 * <pre>  w_t = Q (I − 2εΛ)ᵗ Qᵀ w₀ , </pre>
 * and the coordinate of w_t along the eigenvector qᵢ is multiplied by the contraction factor
 * 1 − 2ελᵢ at every step. From every w₀ the iterates go to the minimiser 0 exactly when
 * |1 − 2ελᵢ| &lt; 1 for all i, i.e. when all λᵢ &gt; 0 (H positive definite) and
 * 0 &lt; ε &lt; 1/λ_max. The best fixed step is ε* = 1/(λ_min + λ_max), with rate
 * (κ − 1)/(κ + 1), κ = λ_max/λ_min (Nocedal &amp; Wright, <i>Numerical Optimization</i>, 2nd ed.,
 * 2006, §3.3; Goodfellow, Bengio &amp; Courville, <i>Deep Learning</i>, 2016, §4.3.1).
 *
 * <p>The eigendecomposition is the Jacobi method of {@link SymmetricEigen}, computed once when the
 * bowl is built; it is accurate relative to the scale of each eigenvalue, so diag(1e16, 1) has the
 * eigenvalues 1 and 1e16 (not 0 and 1e16, as a tolerance relative to ‖S‖ gives) and entries near
 * 1e±300 neither overflow nor vanish. Instances are immutable; arrays passed in are copied and
 * arrays returned are fresh. A diverging iteration that overflows throws
 * {@link ArithmeticException} rather than returning infinities or NaN, and so does a value or a
 * gradient that is beyond the double range.
 */
public final class QuadraticBowl {

    /** The sign pattern of the eigenvalues of S, and so the kind of the stationary point w = 0. */
    public enum Curvature {
        /** All λᵢ &gt; 0: w = 0 is the unique minimum. */
        POSITIVE_DEFINITE("unique minimum"),
        /** All λᵢ ≥ 0, some = 0: a flat valley of minima (the null space of S). */
        POSITIVE_SEMIDEFINITE("non-isolated minimum"),
        /** λᵢ of both signs: w = 0 is a saddle point and J is unbounded below. */
        INDEFINITE("saddle point"),
        /** All λᵢ ≤ 0, some = 0: a flat ridge of maxima. */
        NEGATIVE_SEMIDEFINITE("non-isolated maximum"),
        /** All λᵢ &lt; 0: w = 0 is the unique maximum. */
        NEGATIVE_DEFINITE("unique maximum"),
        /** S = 0: J is identically zero. */
        ZERO("every point is stationary");

        private final String stationaryPoint;

        Curvature(String stationaryPoint) {
            this.stationaryPoint = stationaryPoint;
        }

        /** What the stationary point w = 0 is for this curvature, in words. */
        public String stationaryPoint() {
            return stationaryPoint;
        }
    }

    /**
     * The largest n accepted: a bowl decomposes S and its diagonally scaled copy ({@link SymmetricEigen}),
     * 5.4-9.3 s together for the largest, withEigenvalues 6-10 s ({@code scripts/cap-times}).
     */
    public static final int MAX_DIMENSION = 550;

    private final int n;
    private final double[][] h;
    private final double[][] s;
    private final boolean symmetric;
    /** Eigenvalues of S, ascending. */
    private final double[] lambda;
    /** q[i] is the unit eigenvector for lambda[i]. */
    private final double[][] q;
    private final double zeroTolerance;
    /** How many eigenvalues are negative and how many zero (to working precision): S's inertia. */
    private final int negatives;
    private final int zeros;

    private QuadraticBowl(double[][] h) {
        this.n = h.length;
        this.h = copy(h);
        this.s = new double[n][n];
        boolean sym = true;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                // a/2 + b/2 == b/2 + a/2 in floating point, so S is exactly symmetric; halving first
                // keeps 1e308 + 1e308 from overflowing (halving is exact but for subnormal numbers, whose
                // last bit it may drop: a symmetric pair is copied as it is)
                s[i][j] = h[i][j] == h[j][i] ? h[i][j] : 0.5 * h[i][j] + 0.5 * h[j][i];
                sym &= h[i][j] == h[j][i];
            }
        }
        this.symmetric = sym;
        SymmetricEigen eig;
        try {
            eig = SymmetricEigen.of(s);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("H is too large: an eigenvalue of S = (H + Hᵀ)/2 is beyond the double"
                    + " range (entries up to " + maxAbs(s) + ")", e);
        }
        this.lambda = eig.eigenvalues();
        this.q = new double[n][];
        for (int k = 0; k < n; k++) {
            q[k] = eig.eigenvector(k);
        }
        // Which eigenvalues are zero to working precision? The rank rule of LAPACK/NumPy,
        // |λ| ≤ n·ε·‖S‖₂, would call the 1 of diag(1e16, 1) a zero although it is exact. S is congruent
        // to A = D⁻¹SD⁻¹ with D = diag(√|s_ii|), so both have the same numbers of negative, zero and
        // positive eigenvalues (Sylvester's law of inertia), and the rank rule applied to A, whose
        // diagonal is ±1 or 0, judges each eigenvalue relative to the entries it comes from.
        int[] inertia = inertia(s);
        this.negatives = inertia[0];
        this.zeros = inertia[1];
        double tol = 0;
        for (int k = negatives; k < negatives + zeros; k++) {
            tol = Math.max(tol, Math.abs(lambda[k]));
        }
        this.zeroTolerance = tol;
    }

    /** {negatives, zeros, positives} of the symmetric s, from its diagonally scaled congruent copy. */
    private static int[] inertia(double[][] s) {
        int n = s.length;
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            double a = Math.abs(s[i][i]);
            d[i] = a == 0 ? 1 : Math.sqrt(a);
        }
        double[][] a = new double[n][n];
        boolean finite = true;
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                a[i][j] = s[i][j] / d[i] / d[j];
                a[j][i] = a[i][j]; // exactly symmetric, as S is
                finite &= Double.isFinite(a[i][j]);
            }
        }
        if (!finite) {
            // an off-diagonal entry far above the diagonal ones it couples (1e300 beside 1e-300) overflows in
            // D⁻¹SD⁻¹; a power of two 2^-g is a congruence too, and keeps every entry finite
            int g = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    if (s[i][j] != 0) {
                        g = Math.max(g, Math.getExponent(s[i][j]) - Math.getExponent(d[i] * d[j]) - 1000);
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    a[i][j] = Math.scalb(s[i][j], -g) / (d[i] * d[j]);
                    a[j][i] = a[i][j];
                }
            }
        }
        double[] mu = SymmetricEigen.of(a).eigenvalues();
        double tol = n * Math.ulp(1.0) * Math.max(Math.abs(mu[0]), Math.abs(mu[n - 1]));
        int neg = 0;
        int zero = 0;
        for (double m : mu) {
            if (m < -tol) {
                neg++;
            } else if (m <= tol) {
                zero++;
            }
        }
        return new int[] {neg, zero, n - neg - zero};
    }

    /**
     * The bowl J(w) = wᵀHw for a square matrix H with finite entries (H need not be symmetric; see
     * the class comment for the rule).
     *
     * @throws IllegalArgumentException if H is null, empty, ragged, not square or has a non-finite entry
     */
    public static QuadraticBowl of(double[][] h) {
        Require.finite(h, "H");
        if (h.length == 0) {
            throw new IllegalArgumentException("H must not be empty");
        }
        if (h[0].length != h.length) {
            throw new IllegalArgumentException("H must be square, got " + h.length + " rows of "
                    + h[0].length + " entries");
        }
        if (h.length > MAX_DIMENSION) {
            throw new IllegalArgumentException("H is " + h.length + "×" + h.length + ": at most " + MAX_DIMENSION + "×"
                    + MAX_DIMENSION + " (its two eigendecompositions take about 10 s at that size, and time grows like n³)");
        }
        return new QuadraticBowl(h);
    }

    /**
     * The 2-D bowl with eigenvalues λ₁, λ₂ along the directions at angles θ and θ + 90°:
     * H = R(θ) diag(λ₁, λ₂) R(θ)ᵀ.
     */
    public static QuadraticBowl planar(double lambda1, double lambda2, double angleRadians) {
        Require.finite(lambda1, "lambda1");
        Require.finite(lambda2, "lambda2");
        Require.finite(angleRadians, "angleRadians");
        double c = Math.cos(angleRadians);
        double sn = Math.sin(angleRadians);
        double[][] r = {{c, -sn}, {sn, c}};
        double[][] h = rotate(r, new double[] {lambda1, lambda2});
        for (double[] row : h) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("lambda1 = " + lambda1 + " and lambda2 = " + lambda2
                            + " are too large: an entry of R·diag(lambda1, lambda2)·Rᵀ overflows");
                }
            }
        }
        try {
            return of(h);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("lambda1 = " + lambda1 + " and lambda2 = " + lambda2 + " are too large: "
                    + e.getMessage(), e);
        }
    }

    /**
     * H = Q diag(λ) Qᵀ with Q a random orthogonal matrix, uniformly distributed (Haar measure) for a
     * given seed: the Q factor of a matrix of standard normals, with the signs fixed so that R has a
     * positive diagonal (Mezzadri, "How to generate random matrices from the classical compact
     * groups", Notices AMS 54, 2007).
     */
    public static QuadraticBowl withEigenvalues(double[] eigenvalues, long seed) {
        Require.finite(Require.nonEmpty(eigenvalues, "eigenvalues"), "eigenvalues");
        int m = eigenvalues.length;
        if (m > MAX_DIMENSION) {
            throw new IllegalArgumentException("eigenvalues has " + m + " entries: at most " + MAX_DIMENSION
                    + " (an " + m + "×" + m + " H takes more than about 10 s to decompose)");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] g = new double[m][m];
        for (double[] row : g) {
            for (int j = 0; j < m; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(g, false));
        double[][] qm = qr.getQ().getData();
        double[][] rm = qr.getR().getData();
        for (int j = 0; j < m; j++) {
            if (rm[j][j] < 0) {
                for (int i = 0; i < m; i++) {
                    qm[i][j] = -qm[i][j];
                }
            }
        }
        return of(rotate(qm, eigenvalues));
    }

    /** Q diag(d) Qᵀ, symmetrised exactly. */
    private static double[][] rotate(double[][] qm, double[] d) {
        int m = d.length;
        double[][] out = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int k = 0; k < m; k++) {
                    sum += qm[i][k] * d[k] * qm[j][k];
                }
                out[i][j] = sum;
                out[j][i] = sum;
            }
        }
        return out;
    }

    // ----------------------------------------------------------------------------------- the function

    /** The dimension n of w. */
    public int dimension() {
        return n;
    }

    /** A copy of H as given. */
    public double[][] matrix() {
        return copy(h);
    }

    /** A copy of the symmetric part S = (H + Hᵀ)/2, the matrix that defines the same J. */
    public double[][] symmetricPart() {
        return copy(s);
    }

    /** Whether H equals its transpose exactly (then S = H and ∇J = 2Hw). */
    public boolean isSymmetric() {
        return symmetric;
    }

    /** J(w) = wᵀHw = Σᵢⱼ wᵢ Hᵢⱼ wⱼ, computed from H itself. */
    public double value(double[] w) {
        checkPoint(w, "w");
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += h[i][j] * w[j];
            }
            sum += w[i] * row;
        }
        if (!Double.isFinite(sum)) {
            // a product overflowed: again with H and w divided by powers of two near their largest entries
            int eh = Math.getExponent(maxAbs(h));
            int ew = Math.getExponent(maxAbs(w));
            sum = Math.scalb(quadraticForm(h, w, eh, ew), eh + 2 * ew);
        }
        return Require.finiteResult(sum, "J(w) = wᵀHw", "w or H is too large");
    }

    /** Σᵢ wᵢ Σⱼ Hᵢⱼ wⱼ with H divided by 2^eh and w by 2^ew. */
    private double quadraticForm(double[][] m, double[] w, int eh, int ew) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += Math.scalb(m[i][j], -eh) * Math.scalb(w[j], -ew);
            }
            sum += Math.scalb(w[i], -ew) * row;
        }
        return sum;
    }

    private static double maxAbs(double[][] m) {
        double max = Double.MIN_VALUE;
        for (double[] row : m) {
            for (double x : row) {
                max = Math.max(max, Math.abs(x));
            }
        }
        return max;
    }

    private static double maxAbs(double[] v) {
        double max = Double.MIN_VALUE;
        for (double x : v) {
            max = Math.max(max, Math.abs(x));
        }
        return max;
    }

    /** ∇J(w) = (H + Hᵀ)w = 2Sw (equal to 2Hw only when H is symmetric). */
    public double[] gradient(double[] w) {
        checkPoint(w, "w");
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += s[i][j] * w[j];
            }
            if (!Double.isFinite(row)) {
                row = scaledRow(i, w); // a product overflowed, the sum may not
            }
            g[i] = Require.finiteResult(2 * row, "the gradient 2Sw", "w or H is too large");
        }
        return g;
    }

    /** Σⱼ Sᵢⱼ wⱼ with S and w divided by powers of two near their largest entries, then multiplied back. */
    private double scaledRow(int i, double[] w) {
        int es = Math.getExponent(maxAbs(s[i]));
        int ew = Math.getExponent(maxAbs(w));
        double row = 0;
        for (int j = 0; j < n; j++) {
            row += Math.scalb(s[i][j], -es) * Math.scalb(w[j], -ew);
        }
        return Math.scalb(row, es + ew);
    }

    /** The Hessian of J, the constant matrix H + Hᵀ = 2S. */
    public double[][] hessian() {
        double[][] out = copy(s);
        for (double[] row : out) {
            for (int j = 0; j < n; j++) {
                row[j] = Require.finiteResult(2 * row[j], "the Hessian 2S", "H is too large");
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------ the spectrum

    /** The eigenvalues λ₁ ≤ … ≤ λₙ of S (Commons Math eigendecomposition), ascending. */
    public double[] eigenvalues() {
        return lambda.clone();
    }

    /** The unit eigenvector qᵢ of S for the i-th smallest eigenvalue (0-based). */
    public double[] eigenvector(int i) {
        Require.inRange(i, 0, n - 1, "i");
        return q[i].clone();
    }

    /** Q as a matrix whose column i is {@link #eigenvector(int) eigenvector(i)}. */
    public double[][] eigenvectorMatrix() {
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                out[i][k] = q[k][i];
            }
        }
        return out;
    }

    /** The coordinates Qᵀw of w in the eigenbasis. */
    public double[] eigenCoordinates(double[] w) {
        checkPoint(w, "w");
        return toEigen(w);
    }

    /** The point w = Qc with eigen-coordinates c (the inverse of {@link #eigenCoordinates}). */
    public double[] fromEigenCoordinates(double[] c) {
        checkPoint(c, "c");
        return fromEigen(c);
    }

    /** The smallest eigenvalue λ_min of S. */
    public double lambdaMin() {
        return lambda[0];
    }

    /** The largest eigenvalue λ_max of S. */
    public double lambdaMax() {
        return lambda[n - 1];
    }

    /**
     * The largest |λ| that counts as zero (0 when no eigenvalue does). An eigenvalue is zero to
     * working precision when the rank rule of LAPACK and NumPy, |μ| ≤ n·ε·max|μ|, calls the
     * corresponding eigenvalue μ of the diagonally scaled D⁻¹SD⁻¹ (D = diag √|s_ii|) zero: the same
     * verdict as n·ε·‖S‖ for a well-scaled S, but relative to the entries each eigenvalue comes from,
     * so diag(1e16, 1) is positive definite, while a rotated copy of it, whose entries of order 1e16
     * carry rounding errors of order 1, is not distinguishable from singular.
     */
    public double zeroTolerance() {
        return zeroTolerance;
    }

    /** The sign pattern of the eigenvalues, with {@link #zeroTolerance()} deciding what counts as 0. */
    public Curvature curvature() {
        int pos = n - negatives - zeros;
        int neg = negatives;
        if (pos > 0 && neg > 0) {
            return Curvature.INDEFINITE;
        }
        if (pos == n) {
            return Curvature.POSITIVE_DEFINITE;
        }
        if (neg == n) {
            return Curvature.NEGATIVE_DEFINITE;
        }
        if (pos > 0) {
            return Curvature.POSITIVE_SEMIDEFINITE;
        }
        return neg > 0 ? Curvature.NEGATIVE_SEMIDEFINITE : Curvature.ZERO;
    }

    /** Whether S is positive definite: every eigenvalue positive to working precision. */
    public boolean isPositiveDefinite() {
        return curvature() == Curvature.POSITIVE_DEFINITE;
    }

    /** Whether S is singular to working precision (see {@link #zeroTolerance()}). */
    public boolean isSingular() {
        return zeros > 0;
    }

    /**
     * The condition number κ = λ_max/λ_min of a positive definite S.
     *
     * @throws IllegalStateException if S is not positive definite
     */
    public double conditionNumber() {
        requirePositiveDefinite("the condition number λ_max/λ_min");
        return Require.finiteResult(lambda[n - 1] / lambda[0], "the condition number λ_max/λ_min = " + lambda[n - 1]
                + "/" + lambda[0], "H's eigenvalues span more than the double range");
    }

    // ------------------------------------------------------------------------------- step-size theory

    /** The per-direction contraction factors 1 − 2ελᵢ (ascending λᵢ order). */
    public double[] contractionFactors(double eps) {
        Require.positive(eps, "eps");
        double[] f = new double[n];
        for (int i = 0; i < n; i++) {
            f[i] = Require.finiteResult(1 - 2 * eps * lambda[i], "the contraction factor 1 − 2·eps·λ = 1 − 2·" + eps
                    + "·" + lambda[i], "eps is too large for this H");
        }
        return f;
    }

    /** The spectral radius max |1 − 2ελᵢ| of the iteration matrix I − 2εS. */
    public double spectralRadius(double eps) {
        double r = 0;
        for (double f : contractionFactors(eps)) {
            r = Math.max(r, Math.abs(f));
        }
        return r;
    }

    /**
     * Whether gradient descent with step {@code eps} sends every w₀ to 0: spectral radius &lt; 1,
     * which is the same as S positive definite and ε &lt; 1/λ_max.
     */
    public boolean gradientDescentConverges(double eps) {
        // positive definiteness is tested with the zero tolerance, so that a computed eigenvalue of
        // 1e-17 for a singular H does not pass for a factor just below 1
        double rho;
        try {
            rho = spectralRadius(eps);
        } catch (ArithmeticException e) {
            return false; // a factor beyond the double range: far outside (−1, 1)
        }
        if (rho == 1 && isPositiveDefinite()) {
            // 1 − 2ελ_min rounded to 1 (ελ_min below 1e-16) or 1 − 2ελ_max is −1: only the second diverges
            return eps * lambda[n - 1] < 1;
        }
        return rho < 1 && isPositiveDefinite();
    }

    /**
     * The critical step size 1/λ_max: for ε below it the factor along q_max lies in (−1, 1); at it
     * that factor is exactly −1 (the coordinate flips sign forever); above it the coordinate grows.
     *
     * @throws IllegalStateException if λ_max ≤ 0 (no positive step converges along any direction)
     */
    public double criticalStepSize() {
        if (!(lambda[n - 1] > zeroTolerance)) {
            throw new IllegalStateException("the critical step size 1/λ_max needs λ_max > 0, got λ_max = "
                    + lambda[n - 1] + ": no positive step size makes gradient descent converge");
        }
        Require.finiteResult(1 / lambda[n - 1], "the critical step size 1/λ_max = 1/" + lambda[n - 1],
                "λ_max is below the double range's reciprocal");
        return 1 / lambda[n - 1];
    }

    /**
     * The fixed step that minimises the spectral radius, ε* = 1/(λ_min + λ_max), where the factors
     * of the two extreme directions are equal and opposite.
     *
     * @throws IllegalStateException if S is not positive definite
     */
    public double optimalStepSize() {
        requirePositiveDefinite("the optimal step size 1/(λ_min + λ_max)");
        Require.finiteResult(1 / (lambda[0] + lambda[n - 1]), "the optimal step size 1/(λ_min + λ_max) = 1/("
                + lambda[0] + " + " + lambda[n - 1] + ")", "λ_max is below the double range's reciprocal");
        return 1 / (lambda[0] + lambda[n - 1]);
    }

    /**
     * The rate of gradient descent at the optimal step, (κ − 1)/(κ + 1) = (λ_max − λ_min)/(λ_max + λ_min):
     * the error norm shrinks by at least this factor per step.
     *
     * @throws IllegalStateException if S is not positive definite
     */
    public double optimalRate() {
        requirePositiveDefinite("the optimal rate (κ − 1)/(κ + 1)");
        return (lambda[n - 1] - lambda[0]) / (lambda[n - 1] + lambda[0]);
    }

    /**
     * The number of steps after which ‖w_t‖ ≤ factor·‖w₀‖ is guaranteed for every w₀:
     * ⌈ln(factor)/ln ρ(ε)⌉, from ‖w_t‖ ≤ ρ(ε)ᵗ‖w₀‖ (Q is orthogonal, so norms are those of the
     * eigen-coordinates).
     *
     * @throws IllegalArgumentException if factor is not in (0, 1) or gradient descent does not converge
     */
    public int guaranteedIterations(double eps, double factor) {
        Require.inRangeHalfOpen(factor, Double.MIN_VALUE, 1, "factor");
        double rho = spectralRadius(eps);
        if (!gradientDescentConverges(eps)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "eps = %s does not make gradient descent converge (spectral radius %.6g, H %s)", eps, rho,
                    curvature()));
        }
        if (rho == 0) {
            return 1;
        }
        // ρ rounded to 1: it is 1 − 2ελ_min with ελ_min below 1e-16, whose logarithm log1p gives
        double k = Math.ceil(Math.log(factor) / (rho == 1 ? Math.log1p(-2 * eps * lambda[0]) : Math.log(rho)));
        if (!(k <= Integer.MAX_VALUE)) {
            throw new ArithmeticException(String.format(Locale.ROOT, "eps = %s gives a spectral radius of 1 − %.3g:"
                    + " the guarantee needs %.3g iterations, more than an int can count", eps, 1 - rho, k));
        }
        return (int) k;
    }

    // -------------------------------------------------------------------------------- gradient descent

    /**
     * J as an {@link Objective} (value wᵀHw, gradient 2Sw), the function the descent methods below
     * hand to {@link Sgd}: gradient descent with step ε is SGD with learning rate ε on J.
     */
    public Objective objective() {
        return Objective.of(n, this::value, this::gradient);
    }

    /**
     * One gradient descent step w − ε∇J(w) = w − 2εSw, one step of {@link Sgd}. {@code w} is not
     * modified.
     */
    public double[] gradientDescentStep(double[] w, double eps) {
        Require.positive(eps, "eps");
        checkPoint(w, "w");
        return descend(w, eps, 1, st -> true).theta();
    }

    /**
     * Gradient descent with step ε from w₀: {@link Sgd} with learning rate ε on J, run by
     * {@link Optimizer#runWhile}, every state shown to {@code goOn}. Its update w − ε·(2Sw) is the
     * hand-written step w − 2εSw to the last bit: ε·g is rounded once either way, and adding −εg is
     * subtracting εg. An iterate or gradient that overflows is an {@link ArithmeticException} that
     * says at which step.
     */
    private SgdState descend(double[] w0, double eps, int steps, java.util.function.Predicate<SgdState> goOn) {
        Sgd sgd = new Sgd(eps);
        int[] last = {0};
        try {
            return sgd.runWhile((t, w) -> gradient(w), w0, steps, st -> {
                last[0] = st.t();
                return goOn.test(st);
            });
        } catch (IllegalStateException | ArithmeticException e) {
            throw new ArithmeticException("gradient descent with eps = " + eps + " overflowed at step " + (last[0] + 1)
                    + ": it diverges (some |1 - 2·eps·λ| > 1)");
        }
    }

    /**
     * The iterates w₀, w₁, …, w_steps of gradient descent, by repeated steps.
     *
     * @throws ArithmeticException if an iterate overflows (gradient descent diverging)
     */
    public double[][] gradientDescentPath(double[] w0, double eps, int steps) {
        checkPoint(w0, "w0");
        Require.positive(eps, "eps");
        Require.iterations(steps, 0, "steps");
        Require.entries(((double) steps + 1) * n, "(steps + 1) × n = " + (steps + 1L) + " × " + n + " path entries");
        requireWork(steps, "steps", 600);
        double[][] path = new double[steps + 1][];
        descend(w0, eps, steps, st -> {
            path[st.t()] = st.theta();
            return true;
        });
        return path;
    }

    /**
     * w_t by t repeated steps (O(n²) per step).
     *
     * @throws ArithmeticException if an iterate overflows (gradient descent diverging)
     */
    public double[] gradientDescentByIteration(double[] w0, double eps, int t) {
        checkPoint(w0, "w0");
        Require.positive(eps, "eps");
        Require.iterations(t, 0, "t");
        requireWork(t, "t", 250);
        return descend(w0, eps, t, st -> true).theta();
    }

    /**
     * w_t = Q(I − 2εΛ)ᵗQᵀw₀ in closed form: O(n²) for any t, using the decomposition computed once.
     * Each eigen-coordinate is multiplied by (1 − 2ελᵢ)ᵗ, a single {@link Math#pow} (no repeated
     * multiplication, so no accumulation of rounding error with t).
     *
     * @throws ArithmeticException if w_t overflows (a factor |1 − 2ελᵢ| &gt; 1 raised to a large t)
     */
    public double[] gradientDescentClosedForm(double[] w0, double eps, long t) {
        checkPoint(w0, "w0");
        double[] f = contractionFactors(eps);
        if (t < 0) {
            throw new IllegalArgumentException("t must be >= 0, got " + t);
        }
        double[] c = toEigen(w0);
        for (int i = 0; i < n; i++) {
            c[i] = c[i] == 0 ? 0 : c[i] * Math.pow(f[i], t);
        }
        double[] w = fromEigen(c);
        requireFiniteIterate(w, t, eps);
        return w;
    }

    /**
     * The smallest t ≤ maxSteps with ‖w_t‖ ≤ factor·‖w₀‖, found by running gradient descent; empty
     * if it is not reached within maxSteps, or if the iterates overflow first.
     */
    public OptionalInt iterationsToReduce(double[] w0, double eps, double factor, int maxSteps) {
        checkPoint(w0, "w0");
        Require.positive(eps, "eps");
        Require.inRangeHalfOpen(factor, Double.MIN_VALUE, 1, "factor");
        Require.iterations(maxSteps, 0, "maxSteps");
        requireWork(maxSteps, "maxSteps", 250);
        double target = factor * norm(w0);
        SgdState last;
        try {
            last = descend(w0, eps, maxSteps, st -> !(norm(st.theta) <= target));
        } catch (ArithmeticException e) {
            return OptionalInt.empty();
        }
        return norm(last.theta) <= target ? OptionalInt.of(last.t()) : OptionalInt.empty();
    }

    /**
     * The work of one gradient descent step, in {@link Require#MAX_WORK}'s units: the gradient's n² multiply-adds
     * (0.65 ns each measured at n = 550), and what a step of {@link Sgd} costs besides (a new state, the checks):
     * 150-300 ns measured on a 2-D bowl, 500 ns when the path keeps every iterate.
     */
    private void requireWork(int steps, String name, int overhead) {
        Require.work(steps * ((double) n * n + overhead), name + " × (n² + " + overhead + ") = " + steps + " × (" + n
                + "² + " + overhead + ") for the gradient steps");
    }

    /** The Euclidean norm, scaled to avoid overflow and underflow. */
    public static double norm(double[] v) {
        Require.finite(Require.notNull(v, "v"), "v");
        double scale = 0;
        for (double x : v) {
            scale = Math.max(scale, Math.abs(x));
        }
        if (scale == 0 || !Double.isFinite(scale)) {
            return scale;
        }
        double sum = 0;
        for (double x : v) {
            double y = x / scale;
            sum += y * y;
        }
        return scale * Math.sqrt(sum);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "QuadraticBowl[n=%d, λ=%s, %s%s]", n, Arrays.toString(lambda),
                curvature(), symmetric ? "" : ", H not symmetric (S = (H+Hᵀ)/2 used)");
    }

    // -------------------------------------------------------------------------------------- internals

    double[] toEigen(double[] w) {
        double[] c = new double[n];
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += q[k][i] * w[i];
            }
            c[k] = sum;
        }
        return c;
    }

    double[] fromEigen(double[] c) {
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                w[i] += c[k] * q[k][i];
            }
        }
        return w;
    }

    RealMatrix symmetricPartMatrix() {
        return new Array2DRowRealMatrix(s, true);
    }

    void checkPoint(double[] w, String name) {
        Require.finite(Require.notNull(w, name), name);
        if (w.length != n) {
            throw new IllegalArgumentException(name + " must have length " + n + " (the size of H), got "
                    + w.length);
        }
    }

    private void requirePositiveDefinite(String what) {
        if (!isPositiveDefinite()) {
            throw new IllegalStateException(what + " needs a positive definite H, but H is " + curvature()
                    + " (λ_min = " + lambda[0] + ", λ_max = " + lambda[n - 1] + ")");
        }
    }

    private static void requireFiniteIterate(double[] w, long t, double eps) {
        for (double x : w) {
            if (!Double.isFinite(x)) {
                throw new ArithmeticException("gradient descent with eps = " + eps + " overflowed at step "
                        + t + ": it diverges (some |1 - 2·eps·λ| > 1)");
            }
        }
    }

    private static double[][] copy(double[][] m) {
        double[][] out = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
        }
        return out;
    }
}
