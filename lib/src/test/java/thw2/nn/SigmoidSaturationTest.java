package thw2.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SigmoidSaturationTest {
    @Test
    void absoluteWeightsLeaveBiasesAndShapeAlone() {
        Mlp net = Mlp.builder(3, 4, 2).init(Init.normal(1)).initialBias(-0.5).seed(3).build();
        Mlp pos = SigmoidSaturation.withAbsoluteWeights(net);
        for (int l = 0; l < 2; l++) {
            double[][] a = net.weights(l);
            double[][] b = pos.weights(l);
            for (int j = 0; j < a.length; j++) {
                for (int k = 0; k < a[j].length; k++) {
                    assertEquals(Math.abs(a[j][k]), b[j][k], 0);
                }
            }
            assertArrayEquals(net.biases(l), pos.biases(l), 0);
        }
    }

    @Test
    void saturatedFractionCountsSmallDerivatives() {
        double[][] z = {{0, 14, -14}, {13, 100, 1}};
        // σ'(13) ≈ 2.26e-6 > 1e-6, σ'(14) ≈ 8.3e-7 < 1e-6
        assertEquals(3.0 / 6, SigmoidSaturation.saturatedFraction(z, 1e-6), 0);
    }

    @Test
    void equalWeightsStayEqualUnderGradientDescentAndRandomOnesDoNot() {
        SplittableRandom r = new SplittableRandom(2);
        double[][] x = new double[16][5];
        double[][] t = new double[16][1];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 5; j++) {
                x[i][j] = r.nextDouble();
            }
            t[i][0] = x[i][0] > x[i][1] ? 1 : 0;
        }
        Mlp c = Mlp.builder(5, 4, 3, 1).outputActivation(Activation.IDENTITY).init(Init.constant(0.7)).build();
        Mlp v = Mlp.builder(5, 4, 3, 1).outputActivation(Activation.IDENTITY).init(Init.xavier()).seed(1).build();
        for (int k = 0; k < 50; k++) {
            c.sgdStep(Loss.SIGMOID_CROSS_ENTROPY, x, t, 0.5);
            v.sgdStep(Loss.SIGMOID_CROSS_ENTROPY, x, t, 0.5);
        }
        Mlp.Trace tc = c.forward(x);
        for (int l = 0; l < 2; l++) {
            assertEquals(0.0, SigmoidSaturation.rowSpread(c.weights(l)));
            assertEquals(0.0, SigmoidSaturation.activationSpread(tc.activation(l)));
            assertTrue(SigmoidSaturation.rowSpread(v.weights(l)) > 0.01);
        }
        // but the weights did move, and not equally across inputs
        assertNotEquals(0.7, c.weights(0)[0][0]);
        assertNotEquals(c.weights(0)[0][0], c.weights(0)[0][1]);
    }

    @Test
    void logitInvertsTheSigmoid() {
        for (double p : new double[] {1e-300, 1e-12, 0.01, 0.5, 0.75, 1 - 1e-12}) {
            double z = SigmoidSaturation.logit(p);
            // σ(z) = e^z/(1+e^z) turns an absolute rounding error in z into a relative one in p of about |z|·ε
            assertEquals(p, Activation.sigmoid(z), 4 * Math.ulp(1.0) * Math.max(1, Math.abs(z)) * p);
        }
        assertThrows(IllegalArgumentException.class, () -> SigmoidSaturation.logit(1.0));
        assertThrows(IllegalArgumentException.class, () -> SigmoidSaturation.logit(Double.NaN));
    }

    @Test
    void probeShowsVanishingHiddenGradientsForLargePositiveWeights() {
        SplittableRandom r = new SplittableRandom(4);
        double[][] x = new double[32][6];
        double[][] t = new double[32][1];
        for (int i = 0; i < 32; i++) {
            for (int j = 0; j < 6; j++) {
                x[i][j] = r.nextDouble();
            }
            t[i][0] = i % 2;
        }
        Mlp big = SigmoidSaturation.withAbsoluteWeights(Mlp.builder(6, 5, 5, 1)
                .outputActivation(Activation.IDENTITY).init(Init.normal(20)).seed(1).build());
        SigmoidSaturation.Probe p = SigmoidSaturation.probe(big, Loss.SIGMOID_CROSS_ENTROPY, x, t);
        assertTrue(p.saturatedFractions()[0] > 0.9, "first layer " + p.saturatedFractions()[0]);
        assertEquals(1.0, p.saturatedFractions()[1]);
        assertTrue(p.gradientNorms()[0] < 1e-20, "first layer " + p.gradientNorms()[0]);
        assertTrue(p.gradientNorms()[2] > 0.1, "output layer " + p.gradientNorms()[2]);
    }

    @Test
    void sigmoidNetHasSigmoidHiddenUnitsAndALinearOutput() {
        // all weights 0.5, biases 0, input (1, 1, 1): hidden z = 1.5, a = σ(1.5); output 0.5·2·σ(1.5) = σ(1.5)
        Mlp net = SigmoidSaturation.sigmoidNet(new int[] {3, 2, 1}, Init.constant(0.5), 0);
        assertEquals(Activation.SIGMOID, net.activation(0));
        assertEquals(Activation.IDENTITY, net.activation(1));
        assertEquals(1 / (1 + Math.exp(-1.5)), net.predict(new double[] {1, 1, 1})[0], 1e-15);
        assertThrows(IllegalArgumentException.class, () -> SigmoidSaturation.sigmoidNet(new int[] {3, 2}, Init.xavier(), 0));
    }

    @Test
    void positiveWeightNetTakesTheAbsoluteValuesOfTheNormalDraws() {
        Mlp normal = SigmoidSaturation.sigmoidNet(new int[] {4, 3, 1}, Init.normal(2), 5);
        Mlp positive = SigmoidSaturation.positiveWeightNet(new int[] {4, 3, 1}, 2, 5);
        for (int l = 0; l < 2; l++) {
            double[][] a = normal.weights(l);
            double[][] b = positive.weights(l);
            for (int j = 0; j < a.length; j++) {
                for (int k = 0; k < a[j].length; k++) {
                    assertEquals(Math.abs(a[j][k]), b[j][k], 0);
                }
            }
            assertArrayEquals(new double[a.length], positive.biases(l), 0);
        }
        assertThrows(IllegalArgumentException.class, () -> SigmoidSaturation.positiveWeightNet(new int[] {4, 3, 1}, 0, 5));
    }

    @Test
    void symmetryAfterTrainingKeepsEqualUnitsEqualAndLeavesTheNetAlone() {
        thw2.data.BinaryData task = thw2.data.BinaryData.firstHalfLarger(16, 4, 3);
        Mlp equal = SigmoidSaturation.sigmoidNet(new int[] {4, 3, 3, 1}, Init.constant(0.3), 0);
        double[] before = equal.parameters();
        SigmoidSaturation.Symmetry s = SigmoidSaturation.symmetryAfterTraining(equal, task, 0.5, 20);
        assertArrayEquals(before, equal.parameters(), 0);
        assertArrayEquals(new double[] {0, 0}, s.weightSpread(), 0);
        assertArrayEquals(new double[] {0, 0}, s.activationSpread(), 0);
        assertTrue(s.largestWeightChange() > 0);
        // the same as training a copy by hand
        Mlp copy = equal.copy();
        copy.fullBatchGradientDescent(Loss.SIGMOID_CROSS_ENTROPY, task.x(), task.targets(), 0.5, 20);
        double moved = 0;
        double[] after = copy.parameters();
        for (int i = 0; i < after.length; i++) {
            moved = Math.max(moved, Math.abs(after[i] - before[i]));
        }
        assertEquals(moved, s.largestWeightChange(), 0);
        SigmoidSaturation.Symmetry random = SigmoidSaturation.symmetryAfterTraining(
                SigmoidSaturation.sigmoidNet(new int[] {4, 3, 3, 1}, Init.xavier(), 1), task, 0.5, 20);
        assertTrue(random.weightSpread()[0] > 0 && random.weightSpread()[1] > 0);
    }

    @Test
    void probeOnATaskIsTheProbeWithTheSigmoidCrossEntropy() {
        thw2.data.BinaryData task = thw2.data.BinaryData.firstHalfLarger(16, 4, 3);
        Mlp net = SigmoidSaturation.sigmoidNet(new int[] {4, 3, 1}, Init.xavier(), 2);
        SigmoidSaturation.Probe a = SigmoidSaturation.probe(net, task);
        SigmoidSaturation.Probe b = SigmoidSaturation.probe(net, Loss.SIGMOID_CROSS_ENTROPY, task.x(), task.targets());
        assertArrayEquals(b.gradientNorms(), a.gradientNorms(), 0);
        assertEquals(b.loss(), a.loss(), 0);
    }
}
