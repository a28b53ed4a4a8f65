package thw2.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import thw2.data.GaussianNoise;

class DepthProfileTest {
    private static final double[][] X = {{1, 0.5}, {-1, 2}, {0.25, -0.75}};
    private static final double[][] T = {{1}, {-2}, {0.5}};

    /**
     * A linear network with every weight c and biases 0: every unit of layer l outputs
     * (n·c)^{l−1}·c·Σx, so the activations' spread grows by n·c per layer; backward, each δ_l is
     * c·n·δ_{l+1}, so the gradient grows by n·c per layer toward the input. With n = 4, c = 0.5: 2.
     */
    @Test
    void linearConstantNetworkGrowsByWidthTimesWeight() {
        DepthProfile p = DepthProfile.measure(Activation.IDENTITY, Init.constant(0.5), 5, 4, X, T, 1);
        assertEquals(5, p.layers().size());
        assertEquals(2.0, p.forwardFactor(), 1e-14);
        assertEquals(2.0, p.backwardFactor(), 1e-14);
        double[] log = p.log10DeltaStd();
        for (int l = 0; l + 1 < log.length; l++) {
            assertEquals(Math.log10(2), log[l] - log[l + 1], 1e-14);
        }
        assertEquals(0.0, p.deviationFrom(2.0), 1e-14);
        assertEquals(1.0, p.deviationFrom(1.0), 1e-14); // both factors twice 1
        assertThrows(IllegalArgumentException.class, () -> p.meanField(1.0), "equal weights are not a mean field");
    }

    @Test
    void agreesWithItsMeanFieldForReluWithHe() {
        SplittableRandom rng = new SplittableRandom(5);
        double[][] x = GaussianNoise.matrix(rng, 400, 200);
        double[][] t = GaussianNoise.matrix(rng, 400, 1);
        DepthProfile p = DepthProfile.measure(Activation.RELU, Init.he(), 6, 200, x, t, 2);
        List<SignalPropagation.Layer> predicted = p.meanField(1.0);
        assertEquals(1.0, SignalPropagation.forwardFactor(predicted), 1e-6); // He keeps ReLU's factors at 1
        assertEquals(1.0, SignalPropagation.backwardFactor(predicted), 1e-9);
        assertTrue(p.deviationFrom(predicted) < 0.1, p.toString());
        assertEquals(Math.max(Math.abs(p.forwardFactor() - 1), Math.abs(p.backwardFactor() - 1)), p.deviationFrom(predicted), 1e-6);
    }

    @Test
    void labelledCurvesKeepTheirOrder() {
        DepthProfile a = DepthProfile.measure(Activation.IDENTITY, Init.constant(0.5), 3, 4, X, T, 1);
        DepthProfile b = DepthProfile.measure(Activation.IDENTITY, Init.constant(0.25), 3, 4, X, T, 1);
        Map<String, double[]> curves = DepthProfile.log10DeltaStd(List.of("s = 1", "matched"), a, b);
        assertEquals(List.of("s = 1", "matched"), List.copyOf(curves.keySet()));
        assertArrayEquals(b.log10DeltaStd(), curves.get("matched"));
        assertThrows(IllegalArgumentException.class, () -> DepthProfile.log10DeltaStd(List.of("a", "a"), a, b));
        assertThrows(IllegalArgumentException.class, () -> DepthProfile.log10DeltaStd(List.of("a"), a, b));
    }

    @Test
    void refusesWhatHasNoFactor() {
        assertThrows(IllegalArgumentException.class, () -> DepthProfile.measure(Activation.TANH, Init.xavier(), 1, 4, X, T, 1));
        assertThrows(IllegalArgumentException.class, () -> DepthProfile.measure(Activation.TANH, Init.xavier(), 3, 4, X,
                new double[][] {{1}}, 1));
        double[][] zero = new double[3][2];
        assertThrows(IllegalArgumentException.class, () -> DepthProfile.measure(Activation.TANH, Init.xavier(), 3, 4, zero, T, 1),
                "zero inputs and biases: every activation is tanh 0 = 0, no spread");
    }
}
