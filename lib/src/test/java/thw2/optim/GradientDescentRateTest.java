package thw2.optim;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class GradientDescentRateTest {
    private final QuadraticBowl bowl = QuadraticBowl.planar(1, 4, Math.PI / 6);
    private final double[] start = bowl.fromEigenCoordinates(new double[] {2, 1});

    /**
     * Eigenvalues 1 and 4: at ε = 1/8 the factors are 3/4 and 0 (rate 0.75, only the shallow coordinate 2
     * dominates); at ε* = 1/5 they are ±0.6 (both dominate: √(2² + 1²)); at ε = 0.95/4 they are 0.525 and
     * −0.9 (the steep coordinate 1).
     */
    @Test
    void ratesAndDominantAmplitudesByHand() {
        GradientDescentRate slow = GradientDescentRate.of(bowl, 0.125);
        assertEquals(0.75, slow.rate(), 1e-15);
        assertEquals(2, slow.dominantAmplitude(start), 1e-14);
        GradientDescentRate best = GradientDescentRate.optimal(bowl);
        assertEquals(0.2, best.stepSize(), 1e-16);
        assertEquals(0.6, best.rate(), 1e-15);
        assertEquals(Math.sqrt(5), best.dominantAmplitude(start), 1e-14);
        GradientDescentRate fast = GradientDescentRate.of(bowl, 0.95 / 4);
        assertEquals(0.9, fast.rate(), 1e-15);
        assertEquals(1, fast.dominantAmplitude(start), 1e-14);
    }

    /** At ε*: ‖w_t‖ = 0.6ᵗ·√5, so shrinking by 10 takes 5 steps (0.6⁴ = 0.1296, 0.6⁵ = 0.07776). */
    @Test
    void normsAndStepsToReduce() {
        GradientDescentRate best = GradientDescentRate.optimal(bowl);
        assertArrayEquals(new double[] {Math.sqrt(5), 0.6 * Math.sqrt(5), 0.36 * Math.sqrt(5)}, best.norms(start, 2), 1e-14);
        assertEquals(5, best.stepsToReduce(start, 0.1, 100).getAsInt());
        assertTrue(best.stepsToReduce(start, 0.1, 4).isEmpty());
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> GradientDescentRate.of(bowl, 0));
        assertThrows(IllegalStateException.class, () -> GradientDescentRate.optimal(QuadraticBowl.planar(1, -1, 0)));
        assertThrows(IllegalArgumentException.class, () -> GradientDescentRate.of(bowl, 0.1).dominantAmplitude(new double[] {1}));
    }
}
