package thw2.reference;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class LinearEquationsTest {
    /** [[2, 1], [1, 3]]·(1, 2) = (4, 7): b = (4, 7.5) leaves residuals 0 and 0.5. */
    @Test
    void residual() {
        double[][] a = {{2, 1}, {1, 3}};
        assertEquals(0, LinearEquations.largestResidual(a, new double[] {1, 2}, new double[] {4, 7}));
        assertEquals(0.5, LinearEquations.largestResidual(a, new double[] {1, 2}, new double[] {4, 7.5}));
    }

    /**
     * n = 1: one division. n = 2: one multiplier, one row update, one right-hand side, then 1 + 2 for back
     * substitution: 6. n = 3: 2·4 + 1·3 + 6 = 17 = (27 + 27 − 3)/3. n = 50: (125000 + 7500 − 50)/3 = 44150.
     */
    @Test
    void eliminationCountedByHand() {
        assertEquals(1, LinearEquations.eliminationMultiplications(1));
        assertEquals(6, LinearEquations.eliminationMultiplications(2));
        assertEquals(17, LinearEquations.eliminationMultiplications(3));
        assertEquals(44150, LinearEquations.eliminationMultiplications(50));
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> LinearEquations.largestResidual(new double[][] {{1}}, new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LinearEquations.eliminationMultiplications(0));
    }
}
