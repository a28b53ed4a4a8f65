package thw2.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PopulationsTest {
    @Test
    void gaussianDrawsAreTheGeneratorsScaledAndShifted() {
        Random r = new Random(2015);
        double[] x = Populations.gaussian(3, 1, 2, 2015);
        for (double v : x) {
            assertEquals(1 + 2 * r.nextGaussian(), v, 0);
        }
    }

    @Test
    void gaussianSampleHasTheMeanAndSpreadAskedFor() {
        double[] x = Populations.gaussian(100_000, 1, 2, 7);
        double m = 0;
        for (double v : x) {
            m += v / x.length;
        }
        double s2 = 0;
        for (double v : x) {
            s2 += (v - m) * (v - m) / x.length;
        }
        // standard errors: 2/√n ≈ 0.0063 for the mean, 4·√(2/n) ≈ 0.018 for the variance
        assertEquals(1, m, 4 * 0.0063);
        assertEquals(4, s2, 4 * 0.018);
    }

    @Test
    void exponentialDrawsInvertTheDistributionFunction() {
        Random r = new Random(2016);
        double[] x = Populations.exponential(3, 2016);
        for (double v : x) {
            assertEquals(-Math.log(1 - r.nextDouble()), v, 0);
        }
        double[] big = Populations.exponential(100_000, 3);
        double m = 0;
        for (double v : big) {
            assertTrue(v >= 0);
            m += v / big.length;
        }
        assertEquals(1, m, 4 / Math.sqrt(big.length)); // mean 1, standard deviation 1
    }

    @Test
    void refusesBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> Populations.gaussian(0, 1, 2, 1));
        assertThrows(IllegalArgumentException.class, () -> Populations.gaussian(3, 1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> Populations.gaussian(3, Double.NaN, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Populations.exponential(-1, 1));
    }
}
