package thw2.plot;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import thw2.optim.QuadraticBowl;

class LevelSetsTest {

    private static void assertOnLevel(QuadraticBowl b, List<double[][]> curves, double level) {
        for (double[][] c : curves) {
            for (int k = 0; k < c[0].length; k++) {
                double x = c[0][k];
                double y = c[1][k];
                // J by hand from the entries of H
                double[][] h = b.matrix();
                double j = h[0][0] * x * x + (h[0][1] + h[1][0]) * x * y + h[1][1] * y * y;
                assertEquals(level, j, 1e-12 * Math.max(1, Math.abs(level)));
            }
        }
    }

    @Test
    void ellipsesOfAPositiveDefiniteBowlLieOnTheirLevel() {
        QuadraticBowl b = QuadraticBowl.planar(1, 5, 0.5);
        for (double level : new double[] {0.1, 1, 4}) {
            List<double[][]> curves = LevelSets.of(b, level, 101, 2);
            assertEquals(1, curves.size());
            assertOnLevel(b, curves, level);
            double[][] c = curves.get(0);
            assertEquals(c[0][0], c[0][100], 1e-12, "closed");
        }
        assertTrue(LevelSets.of(b, -1, 50, 2).isEmpty(), "no point has J < 0");
    }

    @Test
    void hyperbolasOfAnIndefiniteBowlLieOnTheirLevel() {
        QuadraticBowl b = QuadraticBowl.planar(2, -1, 0.3);
        for (double level : new double[] {-2, -0.5, 0.5, 3}) {
            List<double[][]> curves = LevelSets.of(b, level, 80, 2.5);
            assertEquals(2, curves.size());
            assertOnLevel(b, curves, level);
        }
        // a non-symmetric H with the same symmetric part gives the same curves
        double[][] h = b.matrix();
        h[0][1] += 0.7;
        h[1][0] -= 0.7;
        QuadraticBowl skewed = QuadraticBowl.of(h);
        assertOnLevel(skewed, LevelSets.of(skewed, 1, 40, 2), 1);
    }

    @Test
    void onlyTwoDimensionalBowlsHaveContours() {
        QuadraticBowl b3 = QuadraticBowl.withEigenvalues(new double[] {1, 2, 3}, 1);
        assertThrows(IllegalArgumentException.class, () -> LevelSets.of(b3, 1, 10, 1));
    }

    @Test
    void addToDrawsEveryCurveAsAGuide() {
        QuadraticBowl saddle = QuadraticBowl.planar(2, -1, 0.4);
        var chart = thw2.show.Charts.xy("t", "x", "y");
        LevelSets.addTo(chart, saddle, -1, 1, 2);
        assertEquals(6, chart.getSeriesMap().size()); // two branches per level
        assertTrue(chart.getSeriesMap().values().stream().noneMatch(s -> s.isShowInLegend()));
    }
}
