package thw2.data;

import java.util.SplittableRandom;
import thw2.args.Require;

/**
 * Pure noise as data: matrices of independent standard normal draws, N(0, 1) in every entry. Question
 * 3(b) feeds such inputs to deep networks, with such targets for a squared error, to measure how the
 * signal and its gradient change through depth at initialization: the mean-field prediction it is
 * compared with assumes independent inputs with E[x²] = 1.
 */
public final class GaussianNoise {
    private GaussianNoise() {}

    /**
     * A rows × columns matrix of independent N(0, 1) draws, filled row by row with the generator's own
     * {@code nextGaussian()}. Two calls on one generator give consecutive stretches of its stream (the
     * inputs, then the targets).
     *
     * @param rng     the generator, advanced by rows × columns draws
     * @param rows    the number of rows (examples), ≥ 1
     * @param columns the number of columns, ≥ 1
     * @return a new matrix
     * @throws IllegalArgumentException if {@code rng} is null, a size is below 1, or the matrix is too
     *         large to allocate
     */
    public static double[][] matrix(SplittableRandom rng, int rows, int columns) {
        Require.notNull(rng, "rng");
        Require.positive(rows, "rows");
        Require.positive(columns, "columns");
        Require.entries((double) rows * columns, "rows × columns = " + rows + " × " + columns);
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return m;
    }
}
