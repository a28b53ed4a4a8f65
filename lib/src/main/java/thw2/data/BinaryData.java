package thw2.data;

import java.util.SplittableRandom;
import thw2.args.Require;
import thw2.linalg.Matrices;
import thw2.random.Gaussian;

/**
 * A labelled data set for binary classification: feature rows x_i ∈ ℝ^d and labels y_i ∈ {0, 1}, with
 * a seeded generator, {@link #twoGaussians}: two Gaussian classes with per-feature scales (an
 * ill-conditioned but well-understood problem whose Bayes error is known). Data whose labels are drawn
 * from a known logistic model come from {@code thw2.nn.LogisticRegression.sample} (the model lives in
 * {@code nn}, and {@code data} depends on no model).
 * Immutable: the arrays are copied in and out.
 */
public final class BinaryData {
    private final double[][] x;
    private final int[] y;

    /** Copies {@code x} (n rows of equal length d ≥ 1, finite) and {@code y} (n labels, each 0 or 1). */
    public BinaryData(double[][] x, int[] y) {
        Require.finite(Require.notNull(x, "x"), "x");
        Require.notNull(y, "y");
        if (x.length == 0 || x[0].length == 0) {
            throw new IllegalArgumentException("x must have at least one row and one column");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have the same number of rows, got " + x.length
                    + " and " + y.length);
        }
        for (int i = 0; i < y.length; i++) {
            if (x[i].length != x[0].length) {
                throw new IllegalArgumentException("x must be rectangular: row " + i + " has length " + x[i].length
                        + ", row 0 has " + x[0].length);
            }
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("y[" + i + "] must be 0 or 1, got " + y[i]);
            }
        }
        this.x = Matrices.copy(x);
        this.y = y.clone();
    }

    /**
     * Two Gaussian classes, n/2 each (labels 0 and 1 alternate), in d dimensions: class k has mean
     * (2k − 1)(s/2)·(1, 1, …, 1)/√d and identity covariance, so the Bayes error is Φ(−s/2). Feature j
     * is then multiplied by {@code scales[j]}, which makes the problem ill-conditioned without
     * changing which points are separable. Seeded: the same arguments give the same data.
     */
    public static BinaryData twoGaussians(int n, double separation, double[] scales, long seed) {
        Require.inRange(n, 2, 10_000_000, "n");
        Require.nonNegative(separation, "separation");
        Require.finite(Require.nonEmpty(scales, "scales"), "scales");
        for (int j = 0; j < scales.length; j++) {
            Require.positive(scales[j], "scales[" + j + "]");
        }
        Require.entries((double) n * scales.length, "n × scales.length = " + n + " × " + scales.length);
        int d = scales.length;
        SplittableRandom rng = new SplittableRandom(seed);
        double shift = separation / 2 / Math.sqrt(d);
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = i % 2;
            double sign = y[i] == 1 ? 1 : -1;
            for (int j = 0; j < d; j++) {
                x[i][j] = scales[j] * (sign * shift + Gaussian.polar(rng));
            }
        }
        return new BinaryData(x, y);
    }

    /**
     * n points drawn uniformly from the cube [0, 1]^d, labelled by which half of their coordinates has
     * the larger sum: y = 1 when x₁ + … + x_{d/2} − x_{d/2+1} − … − x_d &gt; 0, else 0 (the sum taken
     * coordinate by coordinate, in order). Positive inputs, like pixel intensities, and a task that
     * every input coordinate matters for: Question 1c trains sigmoid networks on it (n = 128,
     * d = 20). Seeded: the coordinates are the successive {@code nextDouble()} values of
     * {@code new SplittableRandom(seed)}, row by row.
     *
     * @param n    the number of points, ≥ 1
     * @param d    the dimension, even and ≥ 2
     * @param seed the seed of the generator
     * @return the data set
     * @throws IllegalArgumentException if n is not positive, d is odd or less than 2, or n·d is too large
     */
    public static BinaryData firstHalfLarger(int n, int d, long seed) {
        Require.positive(n, "n");
        Require.positive(d, "d");
        if (d % 2 != 0) {
            throw new IllegalArgumentException("d must be even (two halves of the coordinates), got " + d);
        }
        Require.entries((double) n * d, "n × d = " + n + " × " + d);
        SplittableRandom rng = new SplittableRandom(seed);
        double[][] x = new double[n][d];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            double difference = 0;
            for (int j = 0; j < d; j++) {
                x[i][j] = rng.nextDouble();
                difference += j < d / 2 ? x[i][j] : -x[i][j];
            }
            y[i] = difference > 0 ? 1 : 0;
        }
        return new BinaryData(x, y);
    }

    /** The number of examples n. */
    public int size() {
        return y.length;
    }

    /** The number of features d. */
    public int dimension() {
        return x[0].length;
    }

    /** A copy of the n × d inputs. */
    public double[][] x() {
        return Matrices.copy(x);
    }

    /** A copy of the n labels. */
    public int[] y() {
        return y.clone();
    }

    /**
     * The labels as an n × 1 matrix of 0.0 and 1.0: the targets of a network with one output unit.
     *
     * @return a fresh n × 1 array
     */
    public double[][] targets() {
        double[][] t = new double[y.length][1];
        for (int i = 0; i < y.length; i++) {
            t[i][0] = y[i];
        }
        return t;
    }

    /** A copy of row i. */
    public double[] x(int i) {
        return x[Require.index(i, x.length, "i")].clone();
    }

    /** The label of example i. */
    public int y(int i) {
        return y[Require.index(i, y.length, "i")];
    }
}
