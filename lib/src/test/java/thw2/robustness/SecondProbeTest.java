package thw2.robustness;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import thw2.committee.NetTrainer;
import thw2.committee.OneHiddenLayerNet;
import thw2.committee.TrainingOptions;
import thw2.digits.DigitSet;
import thw2.linalg.SymmetricEigen;
import thw2.optim.QuadraticBowl;
import thw2.regularization.BatchNormStatistics;

/**
 * The four examples of issue 24 (an independent probe of bad input), each with the answer it must
 * give. Each failed before its fix.
 */
class SecondProbeTest {

    @Test
    void aConstantBatchNear1e308IsNormalizedWithItsEpsilon() {
        // ε/s² underflowed to 0 for s = 2^1023, and the batch was refused as "constant with epsilon = 0"
        assertArrayEquals(new double[] {0, 0}, BatchNormStatistics.of(new double[] {1e308, 1e308}, 0.1).normalized());
        assertArrayEquals(new double[] {0, 0, 0},
                BatchNormStatistics.of(new double[] {0.1e300, 0.1e300, 0.1e300}, 0.1).normalized());
        // ε/s² overflowed for s = 2^-997: x̂ = ±1e-300/√1, not 0
        assertArrayEquals(new double[] {1e-300, -1e-300},
                BatchNormStatistics.of(new double[] {1e-300, -1e-300}, 1).normalized(), 1e-315);
        // a constant batch whose mean rounds off by an ulp is still constant: with ε = 0, x̂ is undefined
        assertThrows(IllegalStateException.class, () -> BatchNormStatistics.of(new double[] {0.1, 0.1, 0.1}, 0)
                .normalized());
        assertThrows(ArithmeticException.class, () -> BatchNormStatistics.of(new double[] {1, -1}, 0)
                .output(1e308, 1e308), "γx̂ + β = 2e308 is reported, not returned as ∞");
    }

    @Test
    void eigenvaluesOfDiagonalMatricesSpanningTheDoubleRangeAreExact() {
        assertArrayEquals(new double[] {1e-300, 1e300}, SymmetricEigen.of(new double[][] {{1e300, 0}, {0, 1e-300}})
                .eigenvalues());
        assertArrayEquals(new double[] {1e-100, 1e300}, SymmetricEigen.of(new double[][] {{1e300, 0}, {0, 1e-100}})
                .eigenvalues());
        assertArrayEquals(new double[] {-1e-300, 1.7e308},
                SymmetricEigen.of(new double[][] {{1.7e308, 0}, {0, -1e-300}}).eigenvalues());
        QuadraticBowl bowl = QuadraticBowl.of(new double[][] {{1e300, 0}, {0, 1e-300}});
        assertEquals(1e-300, bowl.lambdaMin());
        assertEquals(QuadraticBowl.Curvature.POSITIVE_DEFINITE, bowl.curvature());
        assertThrows(ArithmeticException.class, bowl::conditionNumber, "κ = 1e600 is reported, not returned as ∞");
    }

    @Test
    void theEigendecompositionRefusesSizesItCannotFinishInAboutTenSeconds() {
        int n = SymmetricEigen.MAX_DIMENSION + 1;
        var e = assertThrows(IllegalArgumentException.class, () -> SymmetricEigen.of(new double[n][n]));
        assertTrue(e.getMessage().startsWith("s is " + n + "×" + n), e.getMessage());
        int m = QuadraticBowl.MAX_DIMENSION + 1;
        var b = assertThrows(IllegalArgumentException.class, () -> QuadraticBowl.of(new double[m][m]));
        assertTrue(b.getMessage().startsWith("H is " + m + "×" + m), b.getMessage());
    }

    @Test
    void aTrainedNetIsDescribedByTheSizeOfItsData() {
        byte[] pixels = new byte[20 * 16];
        byte[] labels = new byte[20];
        for (int i = 0; i < 20; i++) {
            labels[i] = (byte) (i % 10);
            pixels[i * 16 + i % 16] = (byte) 200;
        }
        DigitSet tiny = DigitSet.of("tiny", 4, 4, pixels, labels);
        OneHiddenLayerNet net = NetTrainer.train(tiny, TrainingOptions.builder().hidden(3).epochs(1).threads(1).build())
                .net();
        assertTrue(net.description().startsWith("16-3-10 "), net.description());
        assertTrue(TrainingOptions.builder().hidden(3).build().toString().startsWith("P-3-10 "));
    }
}
