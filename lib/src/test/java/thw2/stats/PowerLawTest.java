package thw2.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PowerLawTest {
    @Test
    void exactPowerLawsGiveTheirExponent() {
        // y = 5/x: log y = log 5 − log x, slope −1; y = 3x²: slope 2
        assertEquals(-1, PowerLaw.logLogSlope(new double[] {1, 2, 4, 8}, new double[] {5, 2.5, 1.25, 0.625}), 1e-15);
        assertEquals(2, PowerLaw.logLogSlope(new double[] {1, 10, 100}, new double[] {3, 300, 30000}), 1e-14);
    }

    @Test
    void scatteredPointsGiveTheLeastSquaresSlopeByHand() {
        // u = log x = (0, 1, 2), v = log y = (0, 1, 3): ū = 1, v̄ = 4/3,
        // Σ(u − ū)(v − v̄) = (−1)(−4/3) + 0 + (1)(5/3) = 3, Σ(u − ū)² = 2, slope 3/2
        double e = Math.E;
        assertEquals(1.5, PowerLaw.logLogSlope(new double[] {1, e, e * e}, new double[] {1, e, e * e * e}), 1e-14);
    }

    @Test
    void refusesWhatHasNoSlope() {
        assertThrows(IllegalArgumentException.class, () -> PowerLaw.logLogSlope(new double[] {2, 2}, new double[] {1, 3}));
        assertThrows(IllegalArgumentException.class, () -> PowerLaw.logLogSlope(new double[] {1, 2}, new double[] {1, 0}));
        assertThrows(IllegalArgumentException.class, () -> PowerLaw.logLogSlope(new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> PowerLaw.logLogSlope(new double[] {1, 2}, new double[] {1, 2, 3}));
    }
}
