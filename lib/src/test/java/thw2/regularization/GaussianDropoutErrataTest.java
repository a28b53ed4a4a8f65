package thw2.regularization;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import thw2.check.GradientCheck;

class GaussianDropoutErrataTest {
    // the notebook's test point: w = (0.8, −1.5, 2, 0.3), x = (1.2, −0.7, 0.5, 2.5), y_d = 1, α = 0.5
    static final GaussianDropoutLinear UNIT = GaussianDropoutLinearTest.UNIT;

    @Test
    void theSeedsFormulasByHand() {
        // Σ wₖxₖ² = 0.8·1.44 − 1.5·0.49 + 2·0.25 + 0.3·6.25 = 1.152 − 0.735 + 0.5 + 1.875 = 2.792
        assertEquals(2.792, GaussianDropoutErrata.seedCollapsedSum(UNIT), 1e-15);
        // α wₖ² xₖ²: 0.5·0.64·1.44, 0.5·2.25·0.49, 0.5·4·0.25, 0.5·0.09·6.25
        double[] seedTerm = {0.4608, 0.55125, 0.5, 0.28125};
        assertArrayEquals(seedTerm, GaussianDropoutErrata.seedPenaltyGradient(UNIT), 1e-15);
        // σ² = 0: −y_d xₖ + α wₖ² xₖ²; σ² = x²: add Σ wⱼxⱼ² = 2.792 to every coordinate
        double[] x = {1.2, -0.7, 0.5, 2.5};
        for (int k = 0; k < 4; k++) {
            assertEquals(-x[k] + seedTerm[k], GaussianDropoutErrata.seedGradientWithZeroVariance(UNIT)[k], 1e-15);
            assertEquals(-x[k] + 2.792 + seedTerm[k], GaussianDropoutErrata.seedGradientWithSecondMoments(UNIT)[k], 1e-14);
        }
        // (α/3) Σ wₖ³xₖ² = (1/6)(0.512·1.44 − 3.375·0.49 + 8·0.25 + 0.027·6.25) = 1.25228/6
        assertEquals(1.25228 / 6, GaussianDropoutErrata.seedPenalty(UNIT), 1e-15);
    }

    @Test
    void theSeedsTermIsTheGradientOfACubicPenalty() {
        double[] fd = GradientCheck.numericalGradient(v -> GaussianDropoutErrata.seedPenalty(UNIT.withWeights(v)),
                UNIT.weights());
        assertArrayEquals(GaussianDropoutErrata.seedPenaltyGradient(UNIT), fd, 1e-8);
    }
}
