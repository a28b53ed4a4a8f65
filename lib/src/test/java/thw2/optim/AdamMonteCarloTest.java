package thw2.optim;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import thw2.stats.Estimates;

class AdamMonteCarloTest {
    /**
     * Constant gradients g = 0.5 (no noise): every run is the same, m_t = 0.5(1 − 0.9ᵗ) (0.05, 0.095),
     * v_t = 0.25(1 − 0.999ᵗ) (0.00025 at t = 1), m̂_t = 0.5, v̂_t = 0.25, with zero standard errors.
     */
    @Test
    void constantGradientsGiveTheExpectationsExactly() {
        AdamMonteCarlo mc = AdamMonteCarlo.run(Adam.withDefaults(), GradientOracle.gaussianNoise(0.5, 0, 1), 5, 3,
                new int[] {1, 2, 3});
        Estimates m = mc.m(1, 2);
        assertArrayEquals(new double[] {0.05, 0.095}, m.means(), 1e-16);
        assertArrayEquals(new double[] {0, 0}, m.standardErrors(), 0);
        assertEquals(0.5, mc.mHat(3).mean(0), 1e-15);
        assertEquals(0.00025, mc.v(1).mean(0), 1e-18);
        assertEquals(0.25, mc.vHat(2).mean(0), 1e-15);
        assertArrayEquals(new double[] {0.095, 0.095, 0.095, 0.095, 0.095}, mc.firstMoments(2), 1e-16);
        assertArrayEquals(new int[] {1, 2, 3}, mc.recordedSteps());
        assertEquals(5, mc.runs());
    }

    /** Noisy gradients N(0.5, 1): the averages over 4000 runs lie within 4 standard errors of (1 − βᵗ)·E[g] and E[g]. */
    @Test
    void noisyAveragesAgreeWithTheExpectations() {
        int[] ts = {1, 5, 20};
        AdamMonteCarlo mc = AdamMonteCarlo.run(Adam.withDefaults(), GradientOracle.gaussianNoise(0.5, 1, 7), 4000, 20, ts);
        double[] exactM = {0.05, 0.5 * (1 - Math.pow(0.9, 5)), 0.5 * (1 - Math.pow(0.9, 20))};
        assertTrue(mc.m(ts).largestStandardScore(exactM) < 4);
        assertTrue(mc.mHat(ts).largestStandardScore(0.5) < 4);
        assertTrue(mc.vHat(ts).largestStandardScore(1.25) < 4);
    }

    @Test
    void refusesBadInput() {
        GradientOracle noise = GradientOracle.gaussianNoise(0.5, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> AdamMonteCarlo.run(Adam.withDefaults(), noise, 5, 3, new int[] {2, 1}));
        assertThrows(IllegalArgumentException.class, () -> AdamMonteCarlo.run(Adam.withDefaults(), noise, 5, 3, new int[] {4}));
        assertThrows(IllegalArgumentException.class, () -> AdamMonteCarlo.run(Adam.withDefaults(), noise, 1, 3, new int[] {1}));
        AdamMonteCarlo mc = AdamMonteCarlo.run(Adam.withDefaults(), noise, 5, 3, new int[] {1, 3});
        assertThrows(IllegalArgumentException.class, () -> mc.m(2));
        assertThrows(IllegalArgumentException.class, () -> mc.firstMoments(2));
    }
}
