package thw2.linalg;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianEliminationTest {

    @Test
    void countsMatchTheHandDerivedFormula() {
        SplittableRandom rng = new SplittableRandom(1);
        for (int n = 1; n <= 40; n++) {
            double[][] a = new double[n][n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = rng.nextGaussian();
                }
                b[i] = rng.nextGaussian();
            }
            // the same count, written as the sum it comes from
            long sum = n; // back-substitution divisions
            for (int j = 1; j <= n - 1; j++) {
                sum += (long) j * (j + 2) + j; // elimination below pivot, plus back-substitution row
            }
            assertEquals(sum, GaussianElimination.multiplicationsFor(n), "n = " + n);
            assertEquals(sum, GaussianElimination.solve(a, b).multiplications(), "n = " + n);
        }
        assertEquals(1, GaussianElimination.multiplicationsFor(1));
        assertEquals(6, GaussianElimination.multiplicationsFor(2));
    }

    @Test
    void solvesAKnownSystemAndNeedsPivoting() {
        // the zero in the top-left corner makes elimination without pivoting fail
        double[][] a = {{0, 1, 2}, {1, 0, 3}, {4, -3, 8}};
        double[] x = {1, -2, 0.5};
        double[] b = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                b[i] += a[i][j] * x[j];
            }
        }
        assertArrayEquals(x, GaussianElimination.solve(a, b).x(), 1e-14);
        assertEquals(0, a[0][0], "input not modified");
    }

    @Test
    void singularOrMismatchedInputIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> GaussianElimination.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class,
                () -> GaussianElimination.solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> GaussianElimination.solve(new double[][] {{1, Double.NaN}, {2, 4}}, new double[] {1, 1}));
    }
}
