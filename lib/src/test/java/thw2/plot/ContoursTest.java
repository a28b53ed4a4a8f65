package thw2.plot;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.Color;
import org.junit.jupiter.api.Test;
import thw2.show.Charts;

class ContoursTest {
    /** The level set x² + y² = r² is the circle of radius r: every traced point lies on it (grid error). */
    @Test
    void circleLevelIsTracedAllAround() {
        Contours c = Contours.of((x, y) -> x * x + y * y, -2, 2, -2, 2, 161, 161);
        double r = 1.3;
        double[][] l = c.line(r * r);
        int points = 0;
        boolean[] octant = new boolean[8];
        for (int k = 0; k < l[0].length; k++) {
            if (Double.isNaN(l[0][k])) {
                assertTrue(Double.isNaN(l[1][k]));
                continue;
            }
            points++;
            double rad = Math.hypot(l[0][k], l[1][k]);
            assertEquals(r, rad, 2e-3, "point " + k); // linear interpolation of x² on a 0.025 grid
            double ang = Math.atan2(l[1][k], l[0][k]) + Math.PI;
            octant[Math.min(7, (int) (ang / (Math.PI / 4)))] = true;
        }
        assertTrue(points > 100);
        for (boolean o : octant) {
            assertTrue(o, "the circle is closed all around");
        }
    }

    /** f = xy at level 0: every cell on the axes is a saddle or an edge case; points lie on the axes. */
    @Test
    void saddleLevelLiesOnTheAxes() {
        Contours c = Contours.of((x, y) -> (x - 0.013) * (y + 0.021), -1, 1, -1, 1, 40, 40);
        double[][] l = c.line(0);
        assertTrue(l[0].length > 0);
        for (int k = 0; k < l[0].length; k++) {
            if (!Double.isNaN(l[0][k])) {
                double dx = Math.abs(l[0][k] - 0.013);
                double dy = Math.abs(l[1][k] + 0.021);
                assertTrue(Math.min(dx, dy) < 1e-12, "point on one of the two lines");
            }
        }
    }

    @Test
    void levelsOutsideTheRangeGiveNothingAndBadInputIsRejected() {
        Contours c = Contours.of((x, y) -> x + y, 0, 1, 0, 1, 10, 10);
        assertEquals(0, c.line(5)[0].length);
        assertThrows(IllegalArgumentException.class, () -> Contours.of((x, y) -> 0, 1, 0, 0, 1, 10, 10));
        assertThrows(IllegalArgumentException.class, () -> Contours.of((x, y) -> 0, 0, 1, 0, 1, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> c.line(Double.NaN));
        double[] lv = Contours.logLevels(0.1, 1000, 5);
        assertArrayEquals(new double[] {0.1, 1, 10, 100, 1000}, lv, 1e-12);
    }

    @Test
    void addsHiddenSeriesToAChart() {
        var chart = Charts.xy("t", "x", "y");
        Contours.of((x, y) -> x * x + y * y, -1, 1, -1, 1, 30, 30).addTo(chart, new double[] {0.25, 0.5, 9}, Color.GRAY);
        assertEquals(2, chart.getSeriesMap().size()); // level 9 is not crossed
        chart.getSeriesMap().values().forEach(s -> assertFalse(s.isShowInLegend()));
    }
}
