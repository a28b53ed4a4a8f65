package thw2.regularization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BatchNormUnitTest {
    @Test
    void trainingOnIndexBatchesIsTrainingOnTheirValuesInTurn() {
        double[] pop = {1, 4, -2, 0.5, 3};
        int[][] batches = {{0, 1, 2}, {3, 4}, {4, 0, 1, 2}};
        BatchNormUnit a = new BatchNormUnit(1.5, 0.5, 1e-3, 0.25);
        BatchNormUnit b = new BatchNormUnit(1.5, 0.5, 1e-3, 0.25);
        a.train(pop, batches);
        b.train(new double[] {1, 4, -2});
        b.train(new double[] {0.5, 3});
        b.train(new double[] {3, 1, 4, -2});
        assertEquals(b.runningMean(), a.runningMean(), 0);
        assertEquals(b.runningVariance(), a.runningVariance(), 0);
        assertThrows(IllegalArgumentException.class, () -> a.train(pop, new int[][] {{0, 5}}));
        assertThrows(IllegalArgumentException.class, () -> a.train(pop, new int[][] {{}}));
    }

    @Test
    void inferenceGivesTheExampleTheSameOutputInEveryBatch() {
        // a fresh unit: running mean 0, running variance 1; γ = 2, β = 1, ε = 0: x = 3 gives 2·3/1 + 1 = 7
        BatchNormUnit u = new BatchNormUnit(2, 1, 0, 0.1);
        double[] out = u.inferInBatches(new double[] {3, -5, 8, 0.25}, 0, new int[][] {{1, 2}, {3, 3, 1}, {2}});
        assertEquals(3, out.length);
        for (double y : out) {
            assertEquals(7, y, 0);
        }
        assertThrows(IllegalArgumentException.class, () -> u.inferInBatches(new double[] {3, -5}, 2, new int[][] {{1}}));
    }
}
