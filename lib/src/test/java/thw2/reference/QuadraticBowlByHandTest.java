package thw2.reference;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class QuadraticBowlByHandTest {
    /** H = [[2, 1], [1, 2]], ε = 0.1: I − 2εH = [[0.6, −0.2], [−0.2, 0.6]], so (1, 0) ↦ (0.6, −0.2) and (1, 1) ↦ (0.4, 0.4). */
    @Test
    void oneStepThroughTheEigendecomposition() {
        double[][] h = {{2, 1}, {1, 2}};
        assertArrayEquals(new double[] {0.6, -0.2}, QuadraticBowlByHand.stepByEigendecomposition(h, 0.1, new double[] {1, 0}), 1e-15);
        assertArrayEquals(new double[] {0.4, 0.4}, QuadraticBowlByHand.stepByEigendecomposition(h, 0.1, new double[] {1, 1}), 1e-15);
    }

    /** The exact iterates (1 − η)ᵗw₀ deviate by 0; moving w₁ of w₀ = (3, 4), η = 0.5, by 0.25 deviates by 0.25/5 = 0.05. */
    @Test
    void newtonDeviation() {
        double[][] exact = {{3, 4}, {1.5, 2}, {0.75, 1}};
        assertEquals(0, QuadraticBowlByHand.largestNewtonDeviation(exact, new double[] {3, 4}, 0.5));
        double[][] off = {{3, 4}, {1.75, 2}, {0.75, 1}};
        assertEquals(0.05, QuadraticBowlByHand.largestNewtonDeviation(off, new double[] {3, 4}, 0.5), 1e-16);
        // η = 3: |1 − η|² = 4 scales the allowed deviation at t = 2: 0.5 off is 0.5/(5·4)
        double[][] growing = {{3, 4}, {-6, -8}, {12, 16.5}};
        assertEquals(0.025, QuadraticBowlByHand.largestNewtonDeviation(growing, new double[] {3, 4}, 3), 1e-16);
    }

    /** κ = 3: ρ = 1/2, so shrinking by 1/4 takes 2 steps and by 1/5 takes 3; κ = 1 takes one. */
    @Test
    void guaranteedSteps() {
        assertEquals(2, QuadraticBowlByHand.guaranteedSteps(3, 0.25));
        assertEquals(3, QuadraticBowlByHand.guaranteedSteps(3, 0.2));
        assertEquals(1, QuadraticBowlByHand.guaranteedSteps(1, 1e-6));
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class,
                () -> QuadraticBowlByHand.stepByEigendecomposition(new double[][] {{1, 2}, {0, 1}}, 0.1, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> QuadraticBowlByHand.guaranteedSteps(0.5, 0.1));
        assertThrows(ArithmeticException.class, () -> QuadraticBowlByHand.guaranteedSteps(1e300, 0.1));
    }
}
