package thw2.linalg;

import java.util.SplittableRandom;
import thw2.args.Require;

/**
 * A square linear system a·x = b, and random well-conditioned ones to count and time solves on
 * (Question 5 e counts the multiplications of Gaussian elimination on them).
 *
 * <p>Immutable: arrays are copied in and out.
 *
 * @param a the n×n matrix, finite
 * @param b the right-hand side, finite, of length n
 */
public record LinearSystem(double[][] a, double[] b) {
    /**
     * @throws IllegalArgumentException if a is not square, b does not match it, or an entry is not finite
     */
    public LinearSystem {
        Require.finite(a, "a");
        Require.finite(Require.nonEmpty(b, "b"), "b");
        if (a.length != b.length || a[0].length != b.length) {
            throw new IllegalArgumentException("a must be " + b.length + "×" + b.length + " to match b, got "
                    + a.length + "×" + (a.length == 0 ? 0 : a[0].length));
        }
        a = Matrices.copy(a);
        b = b.clone();
    }

    /**
     * A = G + 2√n·I and b, with G and b standard normal, drawn row by row from {@code rng} (for each
     * row i: G_i1, …, G_in, then b_i). The eigenvalues of G/√n fill the unit disc for large n
     * (the circular law), so those of A lie in the disc of radius about √n around 2√n: A is far
     * from singular, with a condition number of order 3, whatever n.
     *
     * @param n   the size, in [1, 4000]
     * @param rng the generator, advanced by n² + n draws
     * @return the system
     * @throws IllegalArgumentException if n is out of range or rng is null
     */
    public static LinearSystem wellConditioned(int n, SplittableRandom rng) {
        Require.inRange(n, 1, 4000, "n");
        Require.notNull(rng, "rng");
        double[][] a = new double[n][n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a[i][j] = rng.nextGaussian();
            }
            a[i][i] += 2 * Math.sqrt(n);
            b[i] = rng.nextGaussian();
        }
        return new LinearSystem(a, b);
    }

    @Override
    public double[][] a() {
        return Matrices.copy(a);
    }

    @Override
    public double[] b() {
        return b.clone();
    }

    /** The size n. */
    public int size() {
        return b.length;
    }

    /**
     * The solution by {@link GaussianElimination#solve}, with its count of multiplications and divisions.
     *
     * @throws IllegalArgumentException if a is singular to working precision
     */
    public GaussianElimination.Solution solve() {
        return GaussianElimination.solve(a, b);
    }
}
