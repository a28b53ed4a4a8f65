package thw2.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GaussianNoiseTest {
    @Test
    void fillsRowByRowFromTheGeneratorsOwnStream() {
        SplittableRandom reference = new SplittableRandom(7);
        double[] draws = new double[3 * 2 + 3];
        for (int i = 0; i < draws.length; i++) {
            draws[i] = reference.nextGaussian();
        }
        SplittableRandom rng = new SplittableRandom(7);
        double[][] x = GaussianNoise.matrix(rng, 3, 2);
        double[][] t = GaussianNoise.matrix(rng, 3, 1); // the next three draws
        assertArrayEquals(new double[][] {{draws[0], draws[1]}, {draws[2], draws[3]}, {draws[4], draws[5]}}, x);
        assertArrayEquals(new double[][] {{draws[6]}, {draws[7]}, {draws[8]}}, t);
    }

    @Test
    void looksStandardNormal() {
        double[][] m = GaussianNoise.matrix(new SplittableRandom(3), 200, 100);
        double sum = 0;
        double squares = 0;
        for (double[] row : m) {
            for (double v : row) {
                sum += v;
                squares += v * v;
            }
        }
        // 20,000 draws: the mean within 5 standard errors (5/√20000 ≈ 0.035) of 0, E[x²] within 5·√(2/20000) of 1
        assertEquals(0, sum / 20000, 0.035);
        assertEquals(1, squares / 20000, 0.05);
        assertThrows(IllegalArgumentException.class, () -> GaussianNoise.matrix(new SplittableRandom(1), 0, 3));
        assertThrows(IllegalArgumentException.class, () -> GaussianNoise.matrix(new SplittableRandom(1), 100_000, 1000));
    }
}
