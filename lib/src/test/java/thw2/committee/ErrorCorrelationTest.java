package thw2.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ErrorCorrelationTest {
    private static final int[] LABELS = {0, 0, 0, 0};

    @Test
    void phiByHand() {
        int[] a = {1, 1, 0, 0};                  // errors on digits 0 and 1
        assertEquals(1, ErrorCorrelation.phi(a, a.clone(), LABELS), 1e-15, "the same mistakes");
        assertEquals(-1, ErrorCorrelation.phi(a, new int[] {0, 0, 2, 2}, LABELS), 1e-15, "opposite mistakes");
        assertEquals(0, ErrorCorrelation.phi(a, new int[] {3, 0, 3, 0}, LABELS), 1e-15,
                "P(both) = 1/4 = P(A) P(B): unrelated");
        // errors (1, 0, 0, 0) and (1, 1, 0, 0): (1/4 − 1/4·1/2) / √(1/4·3/4·1/2·1/2) = (1/8) / (√3/8)
        assertEquals(1 / Math.sqrt(3), ErrorCorrelation.phi(new int[] {1, 0, 0, 0}, a, LABELS), 1e-15);
    }

    @Test
    void phiIsUndefinedForAClassifierThatIsAlwaysRightOrAlwaysWrong() {
        int[] a = {1, 1, 0, 0};
        var e = assertThrows(IllegalArgumentException.class, () -> ErrorCorrelation.phi(a, new int[4], LABELS));
        assertEquals("predictedB must be wrong on some digits and right on others for φ to be defined, but against"
                + " labels it is wrong on 0 of 4", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ErrorCorrelation.phi(new int[] {1, 1, 1, 1}, a, LABELS));
        assertThrows(IllegalArgumentException.class, () -> ErrorCorrelation.phi(a, new int[] {1, 1, 0}, LABELS));
    }
}
