package thw2.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HistogramTest {
    @Test
    void densitiesByHand() {
        // bins [0, 0.5) and [0.5, 1); 0.1 and 0.2 in the first, 0.6 in the second, 1.5 and −0.3 in none;
        // n = 5, w = 0.5: densities 2/(5·0.5) = 0.8 and 1/(5·0.5) = 0.4
        Histogram h = Histogram.of(new double[] {0.1, 0.2, 0.6, 1.5, -0.3}, 0, 1, 0.5);
        assertEquals(2, h.bins());
        assertArrayEquals(new double[] {0.25, 0.75}, h.centers(), 0);
        assertArrayEquals(new double[] {0.8, 0.4}, h.densities(), 1e-15);
    }

    @Test
    void theLeftEdgeIsInAndTheRightEdgeIsOut() {
        Histogram h = Histogram.of(new double[] {-1, 0, 3}, -1, 3, 1);
        assertEquals(4, h.bins());
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 0, 0}, h.densities(), 1e-15);
    }

    @Test
    void refusesBadBins() {
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[] {1}, 1, 1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[] {1}, 0, 1, 2));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[] {1}, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[0], 0, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(new double[] {Double.NaN}, 0, 1, 0.5));
    }
}
