package thw2.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SignalPropagationTest {
    @Test
    void gaussianExpectationsOfKnownFunctions() {
        assertEquals(9.0, SignalPropagation.gaussianExpectation(z -> z * z, 3.0), 1e-10);
        assertEquals(3 * 16.0, SignalPropagation.gaussianExpectation(z -> z * z * z * z, 2.0), 1e-8);
        assertEquals(Math.exp(-0.5 * 1.7 * 1.7), SignalPropagation.gaussianExpectation(Math::cos, 1.7), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> SignalPropagation.gaussianExpectation(z -> 2.0, 0.0));
    }

    @Test
    void reluMultipliesBothSignalsBySqrtOfHalfTheFanInTimesTheVariance() {
        List<SignalPropagation.Layer> p = SignalPropagation.predict(Activation.RELU, Init.normal(1.0), 100, 100, 10, 1.0);
        assertEquals(Math.sqrt(50), SignalPropagation.forwardFactor(p), 1e-6);
        assertEquals(Math.sqrt(50), SignalPropagation.backwardFactor(p), 1e-9);
        assertEquals(1.0, SignalPropagation.forwardFactor(
                SignalPropagation.predict(Activation.RELU, Init.he(), 100, 100, 10, 1.0)), 1e-6);
        assertEquals(Math.sqrt(50), p.get(9).backwardFactor(), 1e-9); // as if one more layer of 100 followed
        // at a small scale the pre-activations shrink to 1e-10 and below: the slope must still be 0 or 1
        List<SignalPropagation.Layer> small = SignalPropagation.predict(Activation.RELU, Init.normal(0.01), 100, 100, 10, 1.0);
        assertEquals(Math.sqrt(50) * 0.01, SignalPropagation.forwardFactor(small), 1e-9);
        assertEquals(Math.sqrt(50) * 0.01, SignalPropagation.backwardFactor(small), 1e-9);
    }

    @Test
    void tanhAtASmallScaleIsLinear() {
        List<SignalPropagation.Layer> p = SignalPropagation.predict(Activation.TANH, Init.normal(0.01), 100, 100, 10, 1.0);
        // linear up to tanh z = z − z³/3 + …: only the first layer (q = 0.01) is visibly curved, where
        // E[sech⁴ Z] ≈ 1 − 2q takes 1 % off its backward factor (a 1/9 share of the geometric mean)
        assertEquals(0.1, SignalPropagation.forwardFactor(p), 1e-5);
        assertEquals(0.1 * Math.pow(1 - 2 * 0.01, 1.0 / 18), SignalPropagation.backwardFactor(p), 1e-5);
    }

    @Test
    void saturatedUnitsFollowTheAreaUnderTheSquaredSlope() {
        // at a large scale E[f'(Z)²] ≈ ∫ f'² / (√(2π) √q): ∫ sech⁴ = 4/3, ∫ σ'² = 1/6
        double q = 400;
        double tanh = SignalPropagation.gaussianExpectation(z -> square(Activation.TANH.derivative(z)), Math.sqrt(q));
        assertEquals(4.0 / 3 / Math.sqrt(2 * Math.PI * q), tanh, 0.01 * tanh);
        double sig = SignalPropagation.gaussianExpectation(z -> square(Activation.SIGMOID.derivative(z)), Math.sqrt(q));
        assertEquals(1.0 / 6 / Math.sqrt(2 * Math.PI * q), sig, 0.02 * sig);
    }

    @Test
    void agreesWithAMeasuredWideNetwork() {
        // one forward and backward pass of a 200-wide, 6-hidden-layer tanh network with N(0, 1) weights
        int n = 200;
        int layers = 6;
        SplittableRandom rng = new SplittableRandom(11);
        double[][] x = new double[400][n];
        double[][] t = new double[400][1];
        for (double[] row : x) {
            for (int j = 0; j < n; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        for (double[] row : t) {
            row[0] = rng.nextGaussian();
        }
        int[] widths = new int[layers + 2];
        Arrays.fill(widths, n);
        widths[layers + 1] = 1;
        Mlp net = Mlp.builder(widths).activation(Activation.TANH).outputActivation(Activation.IDENTITY)
                .init(Init.normal(1.0)).seed(2).build();
        List<Mlp.LayerStatistics> measured = net.statistics(Loss.SQUARED_ERROR, x, t).subList(0, layers);
        List<SignalPropagation.Layer> predicted = SignalPropagation.predict(Activation.TANH, Init.normal(1.0), n, n, layers, 1.0);
        double backward = Math.pow(measured.get(0).deltaStd() / measured.get(layers - 1).deltaStd(), 1.0 / (layers - 1));
        assertEquals(SignalPropagation.backwardFactor(predicted), backward, 0.05 * backward);
        for (int l = 0; l < layers; l++) {
            assertEquals(predicted.get(l).activationStd(), measured.get(l).activationStd(), 0.02);
        }
    }

    @Test
    void slopesByCentralDifferencesMatchTheDerivatives() {
        for (Activation f : List.of(Activation.TANH, Activation.SIGMOID)) {
            for (double z : new double[] {-7.5, -1, -0.01, 0, 0.3, 2, 12}) {
                assertEquals(f.derivative(z), SignalPropagation.slope(f, z, 1.0), 1e-9, f + " at " + z);
            }
        }
        assertEquals(1.0, SignalPropagation.slope(Activation.RELU, 0.5, 1.0), 1e-9);
        assertEquals(0.0, SignalPropagation.slope(Activation.RELU, -0.5, 1.0), 1e-9);
    }

    @Test
    void badArgumentsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SignalPropagation.predict(Activation.TANH, Init.constant(0.5), 10, 10, 3, 1.0));
        assertTrue(e.getMessage().startsWith("init must draw independent zero-mean weights"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SignalPropagation.predict(Activation.TANH, Init.he(), 10, 0, 3, 1.0));
        assertTrue(e.getMessage().startsWith("width must be"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> SignalPropagation.forwardFactor(SignalPropagation.predict(Activation.TANH, Init.he(), 10, 10, 1, 1.0)));
        assertTrue(e.getMessage().startsWith("layers must hold at least 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SignalPropagation.gaussianExpectation(z -> z, Double.NaN));
        assertTrue(e.getMessage().startsWith("std must be finite"), e.getMessage());
    }

    private static double square(double v) {
        return v * v;
    }
}
