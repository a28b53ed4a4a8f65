package thw2.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * At z = ln 3 the sigmoid is exactly 3/4 (1/(1 + 1/3)), so with t = 1 every quantity of the neuron is a
 * fraction: y − t = −1/4, σ' = 3/4 · 1/4 = 3/16, (y − t)σ' = −3/64, L = ½ · 1/16 = 1/32.
 */
class SigmoidNeuronByDefinitionTest {
    private static final double LN3 = Math.log(3);

    @Test
    void nodesByHand() {
        assertEquals(0.5, SigmoidNeuronByDefinition.sigmoid(0));
        assertEquals(0.75, SigmoidNeuronByDefinition.sigmoid(LN3), 1e-15);
        assertEquals(1.0 / 32, SigmoidNeuronByDefinition.squaredError(0.75, 1));
        assertEquals(2 + 0.5 * 3, SigmoidNeuronByDefinition.lossPlusPenalty(2, 3, 0.5));
        assertEquals(-1, SigmoidNeuronByDefinition.lossPlusPenalty(1, -4, 0.5), "L + λR for any R (a difference steps below 0)");
        assertEquals(1.0 / 32 + 0.1 * 0.32, SigmoidNeuronByDefinition.regularizedLossOfY(0.75, 1, 0.32, 0.1), 1e-17);
        assertEquals(1.0 / 32 + 0.1 * 0.32, SigmoidNeuronByDefinition.regularizedLossOfZ(LN3, 1, 0.32, 0.1), 1e-16);
    }

    @Test
    void gradientAndStepByHand() {
        // x = 2, w = ln 3 / 2, b = 0: z = ln 3; λ = 0.1
        double w = LN3 / 2;
        double dz = -3.0 / 64;
        double[] expected = {dz * 2 + 0.1 * w, dz, dz * w};
        assertArrayEquals(expected, SigmoidNeuronByDefinition.gradient(2, 1, w, 0, 0.1), 1e-16);
        assertArrayEquals(new double[] {w - 0.5 * expected[0], -0.5 * dz},
                SigmoidNeuronByDefinition.gradientStep(2, 1, w, 0, 0.1, 0.5), 1e-15);
        // with t = y the data term vanishes: the step is pure weight decay, w(1 − ηλ)
        assertArrayEquals(new double[] {w * (1 - 0.5 * 0.1), 0}, SigmoidNeuronByDefinition.gradientStep(2, 0.75, w, 0, 0.1, 0.5),
                1e-15);
    }

    @Test
    void refusesBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> SigmoidNeuronByDefinition.sigmoid(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> SigmoidNeuronByDefinition.lossPlusPenalty(1, 1, -0.1));
        assertThrows(IllegalArgumentException.class, () -> SigmoidNeuronByDefinition.regularizedLossOfY(1, 1, -1, 0.1));
        assertThrows(IllegalArgumentException.class, () -> SigmoidNeuronByDefinition.gradient(1e300, 1, 1e300, 0, 0.1));
        assertThrows(IllegalArgumentException.class, () -> SigmoidNeuronByDefinition.gradientStep(1, 1, 1, 0, 0.1, 0));
        assertThrows(ArithmeticException.class, () -> SigmoidNeuronByDefinition.squaredError(1e300, -1e300));
    }
}
