package thw2.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PlainTest {
    @Test
    void momentsByHand() {
        double[] xs = {1, 2, 3, 6};             // mean 3, deviations −2, −1, 0, 3: squares sum to 14
        assertEquals(3, Plain.mean(xs));
        assertEquals(14 / 4.0, Plain.variance(xs));
        assertEquals(14 / 3.0, Plain.sampleVariance(xs), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> Plain.sampleVariance(new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> Plain.mean(new double[0]));
    }

    @Test
    void productsAndDifferencesByHand() {
        assertEquals(1 * 4 + 2 * 5 + 3 * 6, Plain.dot(new double[] {1, 2, 3}, new double[] {4, 5, 6}));
        assertEquals(25, Plain.squaredNorm(new double[] {3, 4}));
        assertArrayEquals(new double[] {5, 11}, Plain.times(new double[][] {{1, 2}, {3, 4}}, new double[] {1, 2}));
        assertEquals(0.5, Plain.maxAbsDifference(new double[] {1, 2}, new double[] {1.25, 1.5}));
        assertThrows(IllegalArgumentException.class, () -> Plain.maxAbsDifference(new double[] {Double.NaN, 2}, new double[] {1, 9}));
        assertThrows(IllegalArgumentException.class, () -> Plain.dot(new double[] {1}, new double[] {1, 2}));
    }

    @Test
    void relativeErrorsByHand() {
        assertEquals(0.25, Plain.relativeError(1.5, 2));
        assertEquals(0.25, Plain.relativeError(-2.5, -2));
        assertEquals(1, Plain.relativeError(0, 1e-22));
        assertArrayEquals(new double[] {0, 0.5}, Plain.relativeErrors(new double[] {3, 3}, new double[] {3, 2}));
        assertThrows(IllegalArgumentException.class, () -> Plain.relativeError(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Plain.relativeErrors(new double[] {1}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> Plain.relativeError(Double.NaN, 1));
    }

    /** Differences 0.5 (absolute, entry below 1), 1 of 4 (relative: 0.25) and 0: the largest is 0.5. */
    @Test
    void maxScaledDifference() {
        assertEquals(0.5, Plain.maxScaledDifference(new double[][] {{1, 5}, {2, 3}}, new double[][] {{0.5, 4}, {2, 3}}));
        assertEquals(0.25, Plain.maxScaledDifference(new double[][] {{5}}, new double[][] {{4}}));
        assertThrows(IllegalArgumentException.class, () -> Plain.maxScaledDifference(new double[][] {{1}}, new double[][] {{1}, {2}}));
    }
}
