package thw2.regularization;

import static org.junit.jupiter.api.Assertions.*;
import static thw2.regularization.GaussianDropoutLinearTest.assertMessage;

import org.junit.jupiter.api.Test;
import thw2.regularization.GaussianDropoutLinear.Estimate;
import thw2.regularization.GaussianDropoutRegression.Schedule;
import thw2.regularization.GaussianDropoutRegression.TrainingPath;

class GaussianDropoutRunsTest {
    static final GaussianDropoutRegression MODEL = GaussianDropoutRegressionTest.data(20, 0.5, 7);
    static final Schedule SCHEDULE = Schedule.fullBatch(0.5 / MODEL.largestCurvature(), 30);

    @Test
    void twoRunsSummarizedByHand() {
        GaussianDropoutRuns runs = GaussianDropoutRuns.of(MODEL, SCHEDULE, GaussianDropoutGradient.REPARAMETERIZED, 2, 100);
        // run r is trainWithDropout from 0 with noise seed 100 + r
        TrainingPath a = MODEL.trainWithDropout(new double[4], SCHEDULE, GaussianDropoutGradient.REPARAMETERIZED, 100);
        TrainingPath b = MODEL.trainWithDropout(new double[4], SCHEDULE, GaussianDropoutGradient.REPARAMETERIZED, 101);
        assertArrayEquals(a.weightsAfter(30), runs.path(0).finalWeights(), 0);
        assertArrayEquals(b.weightsAfter(30), runs.path(1).finalWeights(), 0);
        // with two runs the mean is (a + b)/2 and the standard error s/√2 = |a − b|/2
        double wa = a.weight(1)[10];
        double wb = b.weight(1)[10];
        Estimate e = runs.weightEstimate(1, 10);
        assertEquals((wa + wb) / 2, e.mean(), 1e-15);
        assertEquals(Math.abs(wa - wb) / 2, e.standardError(), 1e-15);
        assertArrayEquals(new double[] {(a.weight(1)[5] + b.weight(1)[5]) / 2, (wa + wb) / 2},
                runs.meanWeight(1, new double[] {5, 10}), 1e-15);
        assertArrayEquals(new double[] {a.weight(2)[3], a.weight(2)[30]},
                GaussianDropoutRuns.weightAt(a, 2, new double[] {3, 30}), 0);
        for (int k = 0; k < 4; k++) {
            assertEquals((a.tailAverage(15)[k] + b.tailAverage(15)[k]) / 2, runs.tailAverages(15)[k].mean(), 1e-15);
            assertEquals(Math.abs(a.finalWeights()[k] - b.finalWeights()[k]) / 2, runs.finalWeights()[k].standardError(), 1e-15);
        }
        assertEquals(e.standardErrorsFrom(0.25), runs.maxStandardErrorsFrom(constantPath(0.25), 1, 10), 0);
    }

    @Test
    void theMeanOfManyRunsFollowsThePenalizedPathAndTheHeldFixedOneLeastSquares() {
        TrainingPath penalized = MODEL.trainPenalized(new double[4], SCHEDULE);
        TrainingPath leastSquares = MODEL.withAlpha(0).trainPenalized(new double[4], SCHEDULE);
        GaussianDropoutRuns through = GaussianDropoutRuns.of(MODEL, SCHEDULE, GaussianDropoutGradient.REPARAMETERIZED, 200, 1);
        GaussianDropoutRuns fixed = GaussianDropoutRuns.of(MODEL, SCHEDULE, GaussianDropoutGradient.NOISE_HELD_FIXED, 200, 1);
        for (int k = 0; k < 4; k++) {
            assertTrue(through.maxStandardErrorsFrom(penalized, k, 1, 10, 30) < 4.5);
            assertTrue(fixed.maxStandardErrorsFrom(leastSquares, k, 1, 10, 30) < 4.5);
        }
        assertTrue(Estimate.minStandardErrors(fixed.finalWeights(), penalized.finalWeights()) > 3);
    }

    @Test
    void badInputIsRefusedWithTheArgumentNamed() {
        assertMessage("runs must be in [2, 10000]",
                () -> GaussianDropoutRuns.of(MODEL, SCHEDULE, GaussianDropoutGradient.REPARAMETERIZED, 1, 0));
        assertMessage("SCORE_FUNCTION",
                () -> GaussianDropoutRuns.of(MODEL, SCHEDULE, GaussianDropoutGradient.SCORE_FUNCTION, 2, 0));
        GaussianDropoutRuns runs = GaussianDropoutRuns.of(MODEL, SCHEDULE, GaussianDropoutGradient.NOISE_HELD_FIXED, 2, 0);
        assertMessage("epochs[0] must be a whole number in [0, 30]", () -> runs.meanWeight(0, new double[] {2.5}));
        assertMessage("epochs[1] must be a whole number in [0, 30]", () -> runs.meanWeight(0, new double[] {2, 31}));
        assertMessage("k must be in [0, 4)", () -> runs.weightEstimate(4, 1));
        assertMessage("epochs must hold at least one epoch", () -> runs.maxStandardErrorsFrom(runs.path(0), 0));
    }

    private static TrainingPath constantPath(double value) {
        double[][] w = new double[31][4];
        for (double[] row : w) {
            java.util.Arrays.fill(row, value);
        }
        return new TrainingPath(w);
    }
}
