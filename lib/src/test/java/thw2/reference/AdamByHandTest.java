package thw2.reference;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class AdamByHandTest {
    /** g = 1, 2, 3 with α = 0.1: m = 0.1, 0.29, 0.561; v = 0.001, 0.004999, 0.013994001; m̂₃ = 561/271, v̂₃ = 13994001/2997001. */
    @Test
    void algorithmOneByHand() {
        double[][] rows = AdamByHand.steps(0.1, 0.9, 0.999, 1e-8, 0, new double[] {1, 2, 3});
        double d1 = -0.1 / (1 + 1e-8);
        double d2 = -0.1 * (29.0 / 19) / (Math.sqrt(4999.0 / 1999) + 1e-8);
        double d3 = -0.1 * (561.0 / 271) / (Math.sqrt(13994001.0 / 2997001) + 1e-8);
        assertArrayEquals(new double[] {0.1, 0.001, 1, 1, d1}, rows[0], 1e-15);
        // 1e-13: 1 − Math.pow(0.999, t) cancels about three digits, which v̂_t inherits
        assertArrayEquals(new double[] {0.29, 0.004999, 29.0 / 19, 4999.0 / 1999, d1 + d2}, rows[1], 1e-13);
        assertArrayEquals(new double[] {0.561, 0.013994001, 561.0 / 271, 13994001.0 / 2997001, d1 + d2 + d3}, rows[2], 1e-13);
    }

    /** After t − 1 zeros: t = 1 gives |g|/(|g| + ε); t = 2 gives (25/19)/(√(6250/1999) + ε) for g = 2.5. */
    @Test
    void stepAfterZerosByHand() {
        assertEquals(2.5 / (2.5 + 1e-8), AdamByHand.stepAfterZeros(0.9, 0.999, 1e-8, 2.5, 1), 1e-15);
        assertEquals((25.0 / 19) / (Math.sqrt(6250.0 / 1999) + 1e-8), AdamByHand.stepAfterZeros(0.9, 0.999, 1e-8, -2.5, 2), 1e-14);
        assertEquals(0, AdamByHand.stepAfterZeros(0.9, 0.999, 1e-8, 0, 3));
    }

    /** ε = 0, |g| = 2: both corrections α; none α(1 − β₁)/√(1 − β₂) = 0.1/√0.001 α; only m̂: α/√0.001. */
    @Test
    void firstStepsByHand() {
        assertEquals(0.01, AdamByHand.firstStep(0.01, 0.9, 0.999, 0, true, true, -2), 1e-17);
        assertEquals(0.01 * 0.1 / Math.sqrt(0.001), AdamByHand.firstStep(0.01, 0.9, 0.999, 0, false, false, 2), 1e-15);
        assertEquals(0.01 / Math.sqrt(0.001), AdamByHand.firstStep(0.01, 0.9, 0.999, 0, true, false, 2), 1e-15);
    }

    /** 1 − 0.5³ = 0.875; 0.5⁴ = 0.0625 is the first power below 0.1; 0.9⁴⁴ is the first below 0.01. */
    @Test
    void correctionsAndLevels() {
        assertEquals(0.875, AdamByHand.biasCorrection(0.5, 3));
        assertEquals(4, AdamByHand.firstStepBelow(0.5, 0.1));
        assertEquals(44, AdamByHand.firstStepBelow(0.9, 0.01));
        assertEquals(1, AdamByHand.firstStepBelow(0, 0.5));
    }

    /**
     * t = 1: a = b = 1, bound 1. t = 2, β₁ = 0.5, β₂ = 0.75: a = (2/3, 1/3), b = (4/7, 3/7),
     * Σ a²/b = (4/9)(7/4) + (1/9)(7/3) = 7/9 + 7/27 = 28/27.
     */
    @Test
    void cauchySchwarzBoundByHand() {
        assertEquals(1, AdamByHand.largestStep(0.9, 0.999, 1), 1e-15);
        assertEquals(Math.sqrt(28.0 / 27), AdamByHand.largestStep(0.5, 0.75, 2), 1e-15);
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> AdamByHand.steps(0.1, 1, 0.999, 1e-8, 0, new double[] {1}));
        assertThrows(ArithmeticException.class, () -> AdamByHand.steps(0.1, 0.9, 0.999, 1e-8, 0, new double[] {1e200}));
        assertThrows(IllegalArgumentException.class, () -> AdamByHand.firstStepBelow(0.5, 2));
        assertThrows(IllegalArgumentException.class, () -> AdamByHand.largestStep(0.9, 0, 3));
    }
}
