package thw2.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RegressionDataTest {
    @Test
    void linearGaussianFollowsItsRecipeDrawByDraw() {
        // each row draws its two features, then its noise, from one stream
        RegressionData d = RegressionData.linearGaussian(3, new double[] {0.5, 4}, new double[] {2, -1}, 0.25, 6);
        SplittableRandom rng = new SplittableRandom(6);
        double[][] x = d.x();
        double[] y = d.y();
        for (int i = 0; i < 3; i++) {
            double z1 = rng.nextGaussian();
            double z2 = rng.nextGaussian();
            double noise = rng.nextGaussian();
            assertEquals(0.5 * z1, x[i][0], 0);
            assertEquals(4 * z2, x[i][1], 0);
            assertEquals(2 * x[i][0] - x[i][1] + 0.25 * noise, y[i], 1e-15);
        }
        assertEquals(3, d.size());
        assertEquals(2, d.dimension());
    }

    @Test
    void withoutNoiseTheTargetsAreTheLinearModel() {
        RegressionData d = RegressionData.linearGaussian(50, new double[] {1, 2, 3}, new double[] {1, 0, -2}, 0, 1);
        for (int i = 0; i < d.size(); i++) {
            double[] row = d.x()[i];
            assertEquals(row[0] - 2 * row[2], d.y()[i], 1e-14);
        }
    }

    @Test
    void orthogonalColumnsHaveTheGivenMeanSquaresAndNoCrossProducts() {
        double[] s = {0.25, 1, 8};
        RegressionData d = RegressionData.orthogonalColumns(10, s, new double[] {4, 1, 0.125}, 0, 8);
        double[][] x = d.x();
        for (int j = 0; j < 3; j++) {
            for (int k = 0; k < 3; k++) {
                double dot = 0;
                for (double[] row : x) {
                    dot += row[j] * row[k];
                }
                // XᵀX = N diag(s²)
                assertEquals(j == k ? 10 * s[j] * s[j] : 0, dot, 1e-12 * 10 * 64);
            }
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(4 * x[i][0] + x[i][1] + 0.125 * x[i][2], d.y()[i], 1e-13);
        }
    }

    @Test
    void rescalingAColumnChangesOnlyThatColumn() {
        RegressionData d = RegressionData.linearGaussian(4, new double[] {1, 1}, new double[] {1, 1}, 0.1, 2);
        RegressionData r = d.withColumnScaled(0, 10);
        for (int i = 0; i < 4; i++) {
            assertEquals(10 * d.x()[i][0], r.x()[i][0], 0);
            assertEquals(d.x()[i][1], r.x()[i][1], 0);
        }
        assertArrayEquals(d.y(), r.y(), 0);
    }

    @Test
    void badInputIsRefusedWithTheArgumentNamed() {
        assertMessage("scales[1] must be > 0", () -> RegressionData.linearGaussian(3, new double[] {1, 0}, new double[] {1, 1}, 0, 1));
        assertMessage("scales and weights must have the same length",
                () -> RegressionData.linearGaussian(3, new double[] {1}, new double[] {1, 1}, 0, 1));
        assertMessage("noiseSd must be >= 0", () -> RegressionData.linearGaussian(3, new double[] {1}, new double[] {1}, -1, 1));
        assertMessage("n must be in [2, 1000]", () -> RegressionData.orthogonalColumns(1, new double[] {1, 1},
                new double[] {1, 1}, 0, 1));
        assertMessage("x and y must have the same number of rows", () -> new RegressionData(new double[][] {{1}}, new double[2]));
        assertMessage("factor must be > 0", () -> RegressionData.linearGaussian(3, new double[] {1}, new double[] {1}, 0, 1)
                .withColumnScaled(0, -1));
    }

    static void assertMessage(String part, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
