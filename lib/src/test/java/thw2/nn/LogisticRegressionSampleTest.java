package thw2.nn;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import thw2.data.BinaryData;

class LogisticRegressionSampleTest {
    @Test
    void logisticLabelsFollowTheTrueModel() {
        LogisticRegression.Sample sample = LogisticRegression.sample(20000, 2, 1.0, 0.5, 7);
        BinaryData data = sample.data();
        LogisticRegression truth = sample.model();
        assertEquals(0.5, truth.bias());
        double expected = 0;
        double observed = 0;
        for (int i = 0; i < data.size(); i++) {
            expected += truth.probability(data.x(i));
            observed += data.y(i);
        }
        double se = Math.sqrt(data.size() * 0.25);
        assertEquals(expected, observed, 4 * se);
        BinaryData again = LogisticRegression.sample(20000, 2, 1.0, 0.5, 7).data();
        assertArrayEquals(data.y(), again.y());
    }

    @Test
    void sampleChecksThatModelAndDataAgree() {
        BinaryData data = BinaryData.twoGaussians(4, 1, new double[] {1, 1}, 2);
        String m = assertThrows(IllegalArgumentException.class,
                () -> new LogisticRegression.Sample(LogisticRegression.zeros(3), data)).getMessage();
        assertTrue(m.contains("dimension"), m);
    }
}
