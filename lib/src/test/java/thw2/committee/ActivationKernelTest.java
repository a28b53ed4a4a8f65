package thw2.committee;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import thw2.nn.Activation;

/** The trainer's float32 kernels compute the same functions as {@link Activation} (in double). */
class ActivationKernelTest {
    @Test
    void kernelsAgreeWithTheirActivationToFloatPrecision() {
        for (ActivationKernel k : ActivationKernel.values()) {
            for (int i = -4000; i <= 4000; i++) {
                float z = i / 100f; // −40 … 40, both tails and the kink at 0
                double f = k.activation.apply(z);
                float a = k.apply(z);
                assertEquals(f, a, 2 * Math.ulp((float) f) + 1e-45, k + ".apply(" + z + ")");
                // the derivative through the output, against Activation's f'(z); float rounding of a
                // costs up to a few ulps of 1 in 1 − a² and a(1 − a)
                double d = k.activation.derivative(z);
                assertEquals(d, k.derivativeFromOutput(a), 4 * Math.ulp(1f), k + ".derivativeFromOutput at z = " + z);
            }
        }
    }

    @Test
    void everyActivationButTheIdentityHasAKernel() {
        for (Activation a : Activation.values()) {
            if (a == Activation.IDENTITY) {
                String m = assertThrows(IllegalArgumentException.class, () -> ActivationKernel.of(a)).getMessage();
                assertTrue(m.startsWith("activation must be"), m);
            } else {
                assertSame(a, ActivationKernel.of(a).activation);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> ActivationKernel.of(null));
        String m = assertThrows(IllegalArgumentException.class,
                () -> TrainingOptions.builder().activation(Activation.IDENTITY).build()).getMessage();
        assertTrue(m.contains("activation"), m);
    }
}
