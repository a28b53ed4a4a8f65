package thw2.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import thw2.check.GradientCheck;

class RegularizedSigmoidNeuronTest {
    private static final MathContext MC = new MathContext(40);

    /**
     * (∂L_reg/∂w, ∂L_reg/∂b, ∂L_reg/∂x) in 40-digit decimal arithmetic from σ = 1/(1+e^{−z}) and
     * σ' = e^{−z}/(1+e^{−z})², with only e^{−z} taken from Math.exp (correct to about 1 ulp):
     * an independent reference that also holds where σ saturates.
     */
    private static double[] exactGradient(double x, double t, double w, double b, double lambda) {
        BigDecimal z = new BigDecimal(w).multiply(new BigDecimal(x), MC).add(new BigDecimal(b), MC);
        BigDecimal e = new BigDecimal(Math.exp(-z.doubleValue()));
        BigDecimal onePlus = BigDecimal.ONE.add(e, MC);
        BigDecimal y = BigDecimal.ONE.divide(onePlus, MC);
        BigDecimal slope = e.divide(onePlus.multiply(onePlus, MC), MC);
        BigDecimal dz = y.subtract(new BigDecimal(t), MC).multiply(slope, MC);
        double dw = dz.multiply(new BigDecimal(x), MC)
                .add(new BigDecimal(lambda).multiply(new BigDecimal(w), MC), MC).doubleValue();
        return new double[] {dw, dz.doubleValue(), dz.multiply(new BigDecimal(w), MC).doubleValue()};
    }

    @Test
    void gradientMatchesFiniteDifferencesAwayFromSaturation() {
        double[][] points = {{1.5, 1, 0.8, -0.2, 0.1}, {-2, 0, 0.3, 0.5, 0.01}, {0.7, 0.3, -1.2, 2, 0},
            {3, 1, -1, 0.5, 1.0}};
        for (double[] p : points) {
            RegularizedSigmoidNeuron n = RegularizedSigmoidNeuron.at(p[0], p[1], p[2], p[3], p[4]);
            double[] fd = GradientCheck.numericalGradient(
                    v -> RegularizedSigmoidNeuron.regularizedLoss(v[2], p[1], v[0], v[1], p[4]),
                    new double[] {p[2], p[3], p[0]});
            assertTrue(GradientCheck.maxRelativeError(n.gradient(), fd, 1e-8) < 1e-7);
        }
    }

    @Test
    void gradientMatchesFortyDigitArithmeticEverywhereIncludingSaturation() {
        for (double z : new double[] {-30, -12, -1, 0, 2, 12, 30}) {
            for (double t : new double[] {0, 0.25, 1}) {
                double x = 1.5;
                double b = 0.5;
                double w = (z - b) / x;
                RegularizedSigmoidNeuron n = RegularizedSigmoidNeuron.at(x, t, w, b, 0.1);
                double[] exact = exactGradient(x, t, w, b, 0.1);
                double[] g = n.gradient();
                for (int i = 0; i < 3; i++) {
                    assertEquals(exact[i], g[i], 1e-12 * Math.abs(exact[i]) + 1e-300, "z=" + z + " t=" + t + " i=" + i);
                }
            }
        }
    }

    @Test
    void chainRuleFactorsMultiplyToTheGradients() {
        RegularizedSigmoidNeuron n = RegularizedSigmoidNeuron.at(2, 1, -0.5, 0.1, 0.01);
        double s = 1 / (1 + Math.exp(-n.z()));
        assertEquals(-0.5 * 2 + 0.1, n.z(), 0);
        assertEquals(s, n.y(), 1e-15);
        assertEquals(1.0, n.dLregdL());
        assertEquals(0.01, n.dLregdR());
        assertEquals(s - 1, n.dLdy(), 1e-15);
        assertEquals(s * (1 - s), n.dydz(), 1e-15);
        assertEquals((s - 1) * s * (1 - s) * 2 + 0.01 * -0.5, n.dLregdw(), 1e-15);
        assertEquals((s - 1) * s * (1 - s), n.dLregdb(), 1e-15);
        assertEquals((s - 1) * s * (1 - s) * -0.5, n.dLregdx(), 1e-15);
        assertEquals(0.5 * (s - 1) * (s - 1) + 0.01 * 0.5 * 0.25, n.regularizedLoss(), 1e-15);
    }

    @Test
    void gradientStepUsesTheGradientAtTheStartingPoint() {
        RegularizedSigmoidNeuron n0 = RegularizedSigmoidNeuron.at(2, 1, -0.5, 0.1, 0.01);
        double[] fd = GradientCheck.numericalGradient(
                v -> RegularizedSigmoidNeuron.regularizedLoss(2, 1, v[0], v[1], 0.01), new double[] {-0.5, 0.1});
        RegularizedSigmoidNeuron n1 = n0.gradientStep(0.1);
        assertEquals(-0.5 - 0.1 * fd[0], n1.w(), 1e-9);
        assertEquals(0.1 - 0.1 * fd[1], n1.b(), 1e-9);
        assertTrue(n1.regularizedLoss() < n0.regularizedLoss());
        assertEquals(2, n1.x());
        assertEquals(1, n1.t());
    }

    @Test
    void whenTheTargetEqualsTheOutputTheStepIsPureWeightDecay() {
        RegularizedSigmoidNeuron probe = RegularizedSigmoidNeuron.at(2, 0, -0.5, 0.1, 0.2);
        RegularizedSigmoidNeuron n0 = RegularizedSigmoidNeuron.at(2, probe.y(), -0.5, 0.1, 0.2);
        RegularizedSigmoidNeuron n1 = n0.gradientStep(0.1);
        assertEquals((1 - 0.1 * 0.2) * -0.5, n1.w(), 1e-16);
        assertEquals(0.1, n1.b(), 1e-16);
    }

    @Test
    void badInputsAreRejectedWithTheirNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegularizedSigmoidNeuron.at(1, 1, 1, 1, -0.1));
        assertTrue(e.getMessage().contains("lambda"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RegularizedSigmoidNeuron.at(Double.NaN, 1, 1, 1, 0));
        assertTrue(e.getMessage().startsWith("x "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> RegularizedSigmoidNeuron.at(1, 1, Double.POSITIVE_INFINITY, 1, 0));
        assertTrue(e.getMessage().startsWith("w "), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RegularizedSigmoidNeuron.at(1, 1, 1, 1, 0).gradientStep(0));
        assertTrue(e.getMessage().contains("learningRate"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegularizedSigmoidNeuron.at(1, 1, 1, 1, 0).gradientStep(-0.1));
        assertThrows(IllegalArgumentException.class, () -> RegularizedSigmoidNeuron.at(1e300, 1, 1e300, 1, 0));
    }

    @Test
    void chainRuleListsEveryFactorInOrderOfTheDerivation() {
        // x = 2, t = 1, w = ln 3 / 2, b = 0: z = ln 3, y = 3/4, y − t = −1/4, σ' = 3/16, λ = 0.1
        double w = Math.log(3) / 2;
        java.util.Map<String, Double> chain = RegularizedSigmoidNeuron.at(2, 1, w, 0, 0.1).chainRule();
        assertEquals(java.util.List.of("z = wx + b", "y = σ(z)", "L = ½(y − t)²", "R = ½w²", "L_reg = L + λR", "∂L_reg/∂L",
                "∂L_reg/∂R = λ", "∂L/∂y = y − t", "∂y/∂z = σ(z)(1 − σ(z))", "∂L_reg/∂y = ∂L_reg/∂L · ∂L/∂y",
                "∂L_reg/∂z = ∂L_reg/∂y · ∂y/∂z", "∂L_reg/∂w = ∂L_reg/∂z · x + λ · w", "∂L_reg/∂b = ∂L_reg/∂z · 1",
                "∂L_reg/∂x = ∂L_reg/∂z · w"), java.util.List.copyOf(chain.keySet()));
        double[] expected = {Math.log(3), 0.75, 1.0 / 32, w * w / 2, 1.0 / 32 + 0.1 * w * w / 2, 1, 0.1, -0.25, 3.0 / 16,
            -0.25, -3.0 / 64, -3.0 / 64 * 2 + 0.1 * w, -3.0 / 64, -3.0 / 64 * w};
        int k = 0;
        for (double v : chain.values()) {
            assertEquals(expected[k], v, 1e-15, "entry " + k);
            k++;
        }
    }
}
