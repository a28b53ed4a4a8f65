package thw2.linalg;

import thw2.args.Require;

/**
 * The library's one deep copy of a matrix stored as rows ({@code double[][]}): immutable values copy
 * their matrices in and out with it, so that a caller who changes an array afterwards changes nothing
 * inside the library.
 */
public final class Matrices {
    private Matrices() {}

    /**
     * A copy of {@code m} with every row copied too (rows may have different lengths; a copy of a
     * jagged array is as jagged). {@code m} is not modified.
     *
     * @throws IllegalArgumentException if {@code m} or one of its rows is null
     */
    public static double[][] copy(double[][] m) {
        Require.notNull(m, "m");
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            if (m[i] == null) {
                throw new IllegalArgumentException("m[" + i + "] must not be null");
            }
            c[i] = m[i].clone();
        }
        return c;
    }
}
