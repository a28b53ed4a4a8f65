package thw2.optim;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class SpectraTest {
    @Test
    void evenlySpacedFromSmallestToLargest() {
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1}, Spectra.evenlySpaced(0, 1, 5), 0);
        double[] q5 = Spectra.evenlySpaced(0.1, 5, 20);
        assertEquals(0.1, q5[0]);
        assertEquals(5, q5[19], 1e-15);
        assertEquals(0.1 + 4.9 / 19, q5[1], 1e-15);
    }

    /** κ = 100, n = 3: 1, 10, 100; κ = 8, n = 4: 1, 2, 4, 8. */
    @Test
    void geometricSpreadsTheConditionNumber() {
        assertArrayEquals(new double[] {1, 10, 100}, Spectra.geometric(100, 3), 1e-13);
        assertArrayEquals(new double[] {1, 2, 4, 8}, Spectra.geometric(8, 4), 1e-14);
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> Spectra.evenlySpaced(1, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> Spectra.evenlySpaced(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> Spectra.geometric(0.5, 3));
    }
}
