package thw2.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DropoutExpectationsTest {
    @Test
    void oneInputByHand() {
        // w = x = y_d = 1: the error is y_d − (1 + ε) = −ε, so J₁ = ½ε² with ε ~ N(0, α):
        // E J₁ = α/2, Var J₁ = ¼(E ε⁴ − α²) = ¼(3α² − α²) = α²/2
        double[] one = {1};
        assertEquals(0.5, DropoutExpectations.gaussianSquaredError(one, one, 1, 1), 1e-15);
        assertEquals(0.5, DropoutExpectations.gaussianSquaredErrorVariance(one, one, 1, 1), 1e-15);
        assertEquals(2, DropoutExpectations.gaussianSquaredError(one, one, 1, 4), 1e-15);
        assertEquals(8, DropoutExpectations.gaussianSquaredErrorVariance(one, one, 1, 4), 1e-14);
        // through the noise: −e(1 + ε)x = ε(1 + ε), mean α; held fixed: −e·x = ε, mean 0
        assertArrayEquals(new double[] {1}, DropoutExpectations.gaussianGradientThroughNoise(one, one, 1, 1), 1e-15);
        assertArrayEquals(new double[] {0}, DropoutExpectations.gaussianGradientNoiseHeldFixed(one, one, 1, 1), 1e-15);
    }

    @Test
    void twoInputsByHand() {
        // w = (1, 2), x = (1, 1), y_d = 4, α = 0.5: residual r = 1, output noise s = ε₁ + 2ε₂ with variance
        // v = 0.5·(1 + 4) = 2.5; E J₁ = ½(r² + v) = 1.75, Var J₁ = ½v² + r²v = 3.125 + 2.5 = 5.625
        double[] w = {1, 2};
        double[] x = {1, 1};
        assertEquals(1.75, DropoutExpectations.gaussianSquaredError(w, x, 4, 0.5), 1e-14);
        assertEquals(5.625, DropoutExpectations.gaussianSquaredErrorVariance(w, x, 4, 0.5), 1e-13);
        // E[−(r − s)(1 + εₖ)xₖ] = −r xₖ + E[s εₖ] xₖ = −1 + 0.5·wₖ; held fixed −r xₖ = −1
        assertArrayEquals(new double[] {-0.5, 0}, DropoutExpectations.gaussianGradientThroughNoise(w, x, 4, 0.5), 1e-14);
        assertArrayEquals(new double[] {-1, -1}, DropoutExpectations.gaussianGradientNoiseHeldFixed(w, x, 4, 0.5), 1e-14);
        // without noise, every expectation is its noise-free value
        assertEquals(0.5, DropoutExpectations.gaussianSquaredError(w, x, 4, 0), 1e-15);
        assertEquals(0, DropoutExpectations.gaussianSquaredErrorVariance(w, x, 4, 0), 1e-30);
    }

    @Test
    void bernoulliByHand() {
        // one input, w = x = y_d = 1, keep probability p: kept (p) gives ½(1 − 1/p)², dropped (1 − p) gives ½,
        // together ½(1 − p)/p; p = 1/2 gives 1/2
        double[] one = {1};
        assertEquals(0.5, DropoutExpectations.bernoulliSquaredError(one, one, 1, 0.5), 1e-15);
        assertEquals(0.5 * 0.2 / 0.8, DropoutExpectations.bernoulliSquaredError(one, one, 1, 0.8), 1e-15);
        // w = (1, 2), x = (1, 1), y_d = 4, p = 1/2, each mask with probability 1/4: outputs 0, 2, 4, 6 give
        // ½·16, ½·4, 0, ½·4, mean 3 (= ½r² + ½α Σ w²x² with α = (1 − p)/p = 1)
        assertEquals(3, DropoutExpectations.bernoulliSquaredError(new double[] {1, 2}, new double[] {1, 1}, 4, 0.5), 1e-15);
        // p = 1 keeps everything: ½r²
        assertEquals(0.5, DropoutExpectations.bernoulliSquaredError(new double[] {1, 2}, new double[] {1, 1}, 4, 1), 0);
    }

    @Test
    void badInputIsRefusedWithTheArgumentNamed() {
        double[] one = {1};
        assertMessage("keepProbability must be in (0, 1]", () -> DropoutExpectations.bernoulliSquaredError(one, one, 1, 0));
        assertMessage("alpha must be >= 0", () -> DropoutExpectations.gaussianSquaredError(one, one, 1, -1));
        assertMessage("w and x must have the same length",
                () -> DropoutExpectations.gaussianSquaredError(one, new double[2], 1, 1));
        assertMessage("w must have at most 12 entries",
                () -> DropoutExpectations.gaussianSquaredError(new double[13], new double[13], 1, 1));
        assertThrows(ArithmeticException.class, () -> DropoutExpectations.gaussianSquaredError(new double[] {1e200},
                new double[] {1e200}, 1, 1));
    }

    static void assertMessage(String part, Runnable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call::run);
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }
}
