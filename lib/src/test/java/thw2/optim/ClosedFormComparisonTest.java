package thw2.optim;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ClosedFormComparisonTest {
    /** H = diag(1, 2), ε = 1/8: the factors are 3/4 and 1/2, exact in binary; from (1, 0), ‖w_t‖ = (3/4)ᵗ and no discrepancy. */
    @Test
    void exactFactorsLeaveNoDiscrepancy() {
        QuadraticBowl bowl = QuadraticBowl.of(new double[][] {{1, 0}, {0, 2}});
        ClosedFormComparison c = ClosedFormComparison.of(bowl, new double[] {1, 0}, 0.125, 10);
        assertEquals(10, c.steps());
        for (int t = 0; t <= 10; t++) {
            assertEquals(Math.pow(0.75, t), c.norm(t), 1e-16);
            assertEquals(0, c.relativeDiscrepancy(t));
        }
        assertEquals(0, c.largestRelativeDiscrepancy());
    }

    /** Eigenvalues 1 and 4 turned by 30°, ε = 0.1, start with eigen-coordinates (2, 1): ‖w_t‖ = √(4·0.8²ᵗ + 0.2²ᵗ). */
    @Test
    void rotatedBowlAgreesUpToRounding() {
        QuadraticBowl bowl = QuadraticBowl.planar(1, 4, Math.PI / 6);
        ClosedFormComparison c = ClosedFormComparison.of(bowl, bowl.fromEigenCoordinates(new double[] {2, 1}), 0.1, 30);
        assertEquals(Math.sqrt(4 * 0.64 + 0.04), c.norm(1), 1e-14);
        assertEquals(Math.sqrt(4 * Math.pow(0.8, 60) + Math.pow(0.2, 60)), c.norm(30), 1e-14 * c.norm(30));
        assertTrue(c.largestRelativeDiscrepancy() < 100 * Math.ulp(1.0));
    }

    @Test
    void refusesBadInput() {
        QuadraticBowl bowl = QuadraticBowl.of(new double[][] {{1, 0}, {0, 2}});
        assertThrows(IllegalArgumentException.class, () -> ClosedFormComparison.of(bowl, new double[] {1, 0, 0}, 0.1, 3));
        assertThrows(IllegalArgumentException.class, () -> ClosedFormComparison.of(bowl, new double[] {1, 0}, -0.1, 3));
        assertThrows(IllegalArgumentException.class, () -> ClosedFormComparison.of(bowl, new double[] {1, 0}, 0.1, 3).norm(4));
    }
}
