package thw2.nn;

import static org.junit.jupiter.api.Assertions.*;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import thw2.check.GradientCheck;

class ActivationTest {
    /** σ'(z) = e^{-z}/(1+e^{-z})² in 40-digit decimal arithmetic: an independent reference. */
    private static double exactSigmoidDerivative(double z) {
        MathContext mc = new MathContext(40);
        BigDecimal e = new BigDecimal(Math.exp(-Math.abs(z))); // exp is correctly rounded to ~1 ulp
        BigDecimal d = BigDecimal.ONE.add(e, mc);
        return e.divide(d.multiply(d, mc), mc).doubleValue();
    }

    @Test
    void sigmoidDerivativeKeepsTheTailAt50() {
        double d = Activation.sigmoidDerivative(50);
        assertEquals(1.9287498479639178e-22, d, 1e-36);
        assertEquals(exactSigmoidDerivative(50), d, 4 * Math.ulp(d));
        // the naive product form loses it entirely
        double s = Activation.sigmoid(50);
        assertEquals(0.0, s * (1 - s));
    }

    @Test
    void sigmoidDerivativeMatchesFiniteDifferences() {
        for (double z : new double[] {-8, -2.5, -0.3, 0, 0.7, 3, 9}) {
            double fd = GradientCheck.numericalDerivative(Activation::sigmoid, z);
            assertEquals(fd, Activation.sigmoidDerivative(z), 1e-9, "z=" + z);
        }
    }

    @Test
    void sigmoidIsSymmetricAndNeverOverflows() {
        for (double z : new double[] {-1000, -40, -1, 0, 1, 40, 1000}) {
            double s = Activation.sigmoid(z);
            assertTrue(s >= 0 && s <= 1);
            assertEquals(1.0, s + Activation.sigmoid(-z), 1e-15);
        }
        assertEquals(Math.exp(-1000.0 + 0), Activation.sigmoid(-1000)); // both underflow to 0
        assertEquals(Math.exp(-745), Activation.sigmoid(-745), Math.ulp(Math.exp(-745)));
        assertEquals(-1000.0, Activation.logSigmoid(-1000), 1e-12);
        assertEquals(-Math.log1p(Math.exp(-2)), Activation.logSigmoid(2), 1e-16);
    }

    @Test
    void softmaxOfHugeLogitsIsFinite() {
        double[] p = Activation.softmax(new double[] {1000, -1000});
        assertArrayEquals(new double[] {1, 0}, p, 0);
        double[] q = Activation.softmax(new double[] {1000, 1000});
        assertArrayEquals(new double[] {0.5, 0.5}, q, 0);
        assertEquals(1000 + Math.log(2), Activation.logSumExp(new double[] {1000, 1000}), 1e-12);
    }

    @Test
    void softmaxAgreesWithTheDirectFormulaOnModerateLogits() {
        double[] z = {0.3, -1.2, 2.5, 0};
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v);
        }
        double[] p = Activation.softmax(z);
        for (int i = 0; i < z.length; i++) {
            assertEquals(Math.exp(z[i]) / sum, p[i], 1e-15);
        }
    }

    @Test
    void badLogitsAreNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Activation.softmax(new double[] {1, Double.NaN}));
        assertEquals("z[1] must be finite, got NaN", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Activation.softmax(new double[0]));
        assertThrows(IllegalArgumentException.class, () -> Activation.sigmoid(Double.NaN));
    }
}
