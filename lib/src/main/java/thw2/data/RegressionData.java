package thw2.data;

import java.util.SplittableRandom;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import thw2.args.Require;
import thw2.linalg.Matrices;

/**
 * A data set for linear regression: N input rows xᵢ ∈ ℝᴰ and N real targets yᵢ, with two seeded
 * generators of synthetic data whose true weights are known, both of the form
 * <pre>
 *   yᵢ = Σₖ wₖ xᵢₖ + σ zᵢ,      zᵢ ~ N(0, 1)
 * </pre>
 * <ul>
 *   <li>{@link #linearGaussian}: independent Gaussian features with standard deviation sₖ, so that
 *       the features live on different scales;</li>
 *   <li>{@link #orthogonalColumns}: columns that are exactly orthogonal, column k with mean square
 *       sₖ², so that XᵀX is diagonal.</li>
 * </ul>
 * Question 6 fits both by least squares, ridge regression and the Gaussian-dropout penalty
 * (thw2.regularization.GaussianDropoutRegression) to show how each penalty treats a feature's scale.
 * Immutable: the arrays are copied in and out.
 */
public final class RegressionData {
    /** The most examples {@link #orthogonalColumns} builds (its QR factorization forms an N × N matrix). */
    public static final int MAX_ORTHOGONAL_EXAMPLES = 1000;

    private final double[][] x;
    private final double[] y;

    /**
     * Copies {@code x} (N ≥ 1 rows of equal length D ≥ 1, finite) and {@code y} (N finite targets).
     *
     * @throws IllegalArgumentException for an empty, ragged or non-finite {@code x}, a non-finite
     *     {@code y}, or a different number of rows and targets
     */
    public RegressionData(double[][] x, double[] y) {
        Require.finite(x, "x");
        if (x.length == 0 || x[0].length == 0) {
            throw new IllegalArgumentException("x must have at least one row and one column");
        }
        Require.finite(y, "y");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same number of rows, got " + x.length
                    + " and " + y.length);
        }
        this.x = Matrices.copy(x);
        this.y = y.clone();
    }

    /**
     * N examples with independent Gaussian features xᵢₖ = sₖ·zᵢₖ and targets yᵢ = Σₖ wₖxᵢₖ + σ·zᵢ,
     * all z standard normal. Seeded: from {@code new SplittableRandom(seed)}, each row draws its D
     * features, then its noise.
     *
     * @param n       the number of examples N ≥ 1
     * @param scales  the standard deviation sₖ &gt; 0 of each feature
     * @param weights the true weights wₖ, one per feature
     * @param noiseSd the standard deviation σ ≥ 0 of the noise on the targets
     * @param seed    the seed of the draws
     * @return the data set
     * @throws IllegalArgumentException for n &lt; 1, too many entries, scales and weights of different
     *     lengths or with non-finite entries, a scale ≤ 0 or σ &lt; 0
     */
    public static RegressionData linearGaussian(int n, double[] scales, double[] weights, double noiseSd, long seed) {
        Require.positive(n, "n");
        requireModel(scales, weights, noiseSd);
        Require.entries((double) n * scales.length, "n × scales.length = " + n + " × " + scales.length);
        int d = scales.length;
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                x[i][k] = scales[k] * rng.nextGaussian();
                y[i] += weights[k] * x[i][k];
            }
            y[i] += noiseSd * rng.nextGaussian();
        }
        return checked(x, y);
    }

    /**
     * N examples whose D columns are exactly orthogonal, column k with mean square sₖ²:
     * X = √N·Q·diag(s), with Q the first D columns of the orthogonal factor of the Householder QR
     * factorization of an N × D matrix of standard normal draws; targets yᵢ = Σₖ wₖxᵢₖ + σ·zᵢ. Then
     * XᵀX = N·diag(s²). Seeded: from {@code new SplittableRandom(seed)}, the N × D draws row by row,
     * then the N noise draws.
     *
     * @param n       the number of examples, D ≤ N ≤ {@link #MAX_ORTHOGONAL_EXAMPLES}
     * @param scales  the root mean square sₖ &gt; 0 of each column
     * @param weights the true weights wₖ, one per column
     * @param noiseSd the standard deviation σ ≥ 0 of the noise on the targets
     * @param seed    the seed of the draws
     * @return the data set
     * @throws IllegalArgumentException for n outside [D, {@link #MAX_ORTHOGONAL_EXAMPLES}], scales and
     *     weights of different lengths or with non-finite entries, a scale ≤ 0 or σ &lt; 0
     */
    public static RegressionData orthogonalColumns(int n, double[] scales, double[] weights, double noiseSd, long seed) {
        requireModel(scales, weights, noiseSd);
        int d = scales.length;
        if (d > MAX_ORTHOGONAL_EXAMPLES) {
            throw new IllegalArgumentException("scales must have at most " + MAX_ORTHOGONAL_EXAMPLES
                    + " entries, got " + d);
        }
        Require.inRange(n, d, MAX_ORTHOGONAL_EXAMPLES, "n");
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] raw = new double[n][d];
        for (double[] row : raw) {
            for (int k = 0; k < d; k++) {
                row[k] = rng.nextGaussian();
            }
        }
        RealMatrix q = new QRDecomposition(MatrixUtils.createRealMatrix(raw)).getQ();
        double[][] x = new double[n][d];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < d; k++) {
                x[i][k] = scales[k] * Math.sqrt(n) * q.getEntry(i, k);
                y[i] += weights[k] * x[i][k];
            }
            y[i] += noiseSd * rng.nextGaussian();
        }
        return checked(x, y);
    }

    /**
     * The same data with column k multiplied by {@code factor} (the same feature in other units).
     *
     * @param k      the column, in [0, D)
     * @param factor the change of units, &gt; 0
     * @return the rescaled data (the targets unchanged)
     * @throws IllegalArgumentException for k outside [0, D) or a factor that is not finite and &gt; 0
     * @throws ArithmeticException if an entry overflows
     */
    public RegressionData withColumnScaled(int k, double factor) {
        Require.index(k, dimension(), "k");
        Require.positive(factor, "factor");
        double[][] c = Matrices.copy(x);
        for (double[] row : c) {
            row[k] = Require.finiteResult(row[k] * factor, "an entry of column " + k, "factor is too large");
        }
        return new RegressionData(c, y);
    }

    /** The number of examples N. */
    public int size() {
        return y.length;
    }

    /** The number of features D. */
    public int dimension() {
        return x[0].length;
    }

    /** A copy of the N × D inputs. */
    public double[][] x() {
        return Matrices.copy(x);
    }

    /** A copy of the N targets. */
    public double[] y() {
        return y.clone();
    }

    private static void requireModel(double[] scales, double[] weights, double noiseSd) {
        Require.finite(Require.nonEmpty(scales, "scales"), "scales");
        Require.finite(weights, "weights");
        Require.sameLength(scales, "scales", weights, "weights");
        for (int k = 0; k < scales.length; k++) {
            Require.positive(scales[k], "scales[" + k + "]");
        }
        Require.nonNegative(noiseSd, "noiseSd");
    }

    /** The generated data, refused if scales, weights or noise were so large that an entry overflowed. */
    private static RegressionData checked(double[][] x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            Require.finiteResult(y[i], "the target y[" + i + "]", "scales, weights or noiseSd is too large");
            for (double v : x[i]) {
                Require.finiteResult(v, "an input of row " + i, "scales is too large");
            }
        }
        return new RegressionData(x, y);
    }
}
