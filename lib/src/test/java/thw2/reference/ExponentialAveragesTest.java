package thw2.reference;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ExponentialAveragesTest {
    /** β = 0.5 from m₀ = 1 on g = (2, 4) and from 0 on (0, 2): 1 → 1.5 → 2.75 and 0 → 0 → 1. */
    @Test
    void recursionFromAnyStart() {
        double[][] m = ExponentialAverages.recursion(new double[][] {{2, 0}, {4, 2}}, 0.5, 1);
        assertArrayEquals(new double[] {1, 1}, m[0]);
        assertArrayEquals(new double[] {1.5, 0.5}, m[1]);
        assertArrayEquals(new double[] {2.75, 1.25}, m[2]);
    }

    /** (1 − β)Σβⁱg_{t−i}: β = 0.9, g = 1, 2, 3 gives 0.1(3 + 1.8 + 0.81) = 0.561; β = 0.5, g = 2, 4 gives 0.5(4 + 1) = 2.5. */
    @Test
    void unrolledSum() {
        assertEquals(0.561, ExponentialAverages.unrolled(0.9, 1, 2, 3), 1e-15);
        assertEquals(2.5, ExponentialAverages.unrolled(0.5, 2, 4));
    }

    /** E[m_t] = (1 − βᵗ)·mean: β = 0.5, mean 2 gives 1, 1.5, 1.75 at t = 1, 2, 3. */
    @Test
    void expectationOfAnAverageStartedAtZero() {
        assertArrayEquals(new double[] {1, 1.5, 1.75}, ExponentialAverages.expected(0.5, 2, 1, 2, 3), 0);
        assertEquals(1 - Math.pow(0.999, 3000), ExponentialAverages.expected(0.999, 1, 3000)[0], 1e-12);
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> ExponentialAverages.recursion(new double[][] {{}}, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> ExponentialAverages.unrolled(1, 1));
        assertThrows(IllegalArgumentException.class, () -> ExponentialAverages.expected(0.5, 1, 0));
    }
}
