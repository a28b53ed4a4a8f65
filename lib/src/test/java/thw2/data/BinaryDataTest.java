package thw2.data;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import thw2.stats.RunningStats;

class BinaryDataTest {
    @Test
    void dataIsSeededAndValidated() {
        BinaryData a = BinaryData.twoGaussians(50, 1, new double[] {1, 2}, 8);
        BinaryData b = BinaryData.twoGaussians(50, 1, new double[] {1, 2}, 8);
        for (int i = 0; i < 50; i++) {
            assertArrayEquals(a.x(i), b.x(i), 0);
            assertEquals(i % 2, a.y(i));
        }
        assertThrows(IllegalArgumentException.class, () -> new BinaryData(new double[][] {{1}}, new int[] {2}));
        assertThrows(IllegalArgumentException.class, () -> new BinaryData(new double[][] {{1}, {2}}, new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> BinaryData.twoGaussians(10, 1, new double[] {0}, 1));
        assertThrows(IllegalArgumentException.class, () -> new BinaryData(new double[][] {{1, 2}, {3}}, new int[] {0, 1}));
    }


    /** Class means of the generated data: (2k − 1)(s/2)/√d · scale_j, within 4 standard errors. */
    @Test
    void twoGaussiansHaveTheStatedMeans() {
        double[] scales = {1, 3};
        BinaryData d = BinaryData.twoGaussians(20000, 2, scales, 21);
        for (int k = 0; k <= 1; k++) {
            for (int j = 0; j < 2; j++) {
                RunningStats s = new RunningStats();
                for (int i = 0; i < d.size(); i++) {
                    if (d.y(i) == k) {
                        s.add(d.x(i)[j]);
                    }
                }
                double expected = (2 * k - 1) * 1.0 / Math.sqrt(2) * scales[j];
                assertTrue(Math.abs(s.mean() - expected) < 4 * s.standardError(), "class " + k + " feature " + j);
                assertEquals(scales[j], s.standardDeviation(), 0.05 * scales[j]);
            }
        }
    }

    @Test
    void accessorsReturnCopies() {
        BinaryData data = BinaryData.twoGaussians(5, 1, new double[] {1, 2, 3}, 1);
        double keep = data.x(2)[1];
        data.x()[2][1] = keep + 1;
        data.x(2)[1] = keep + 1;
        int label = data.y(3);
        data.y()[3] = 1 - label;
        assertEquals(keep, data.x(2)[1]);
        assertEquals(label, data.y(3));
        assertEquals(3, data.dimension());
        assertEquals(5, data.size());
    }

    @Test
    void firstHalfLargerLabelsByTheSumsOfTheTwoHalves() {
        BinaryData data = BinaryData.firstHalfLarger(200, 4, 7);
        assertEquals(200, data.size());
        assertEquals(4, data.dimension());
        int ones = 0;
        for (int i = 0; i < data.size(); i++) {
            double[] x = data.x(i);
            for (double v : x) {
                assertTrue(v >= 0 && v < 1);
            }
            assertEquals(x[0] + x[1] - x[2] - x[3] > 0 ? 1 : 0, data.y(i));
            ones += data.y(i);
        }
        // the two halves have the same law, so about half the labels are 1 (standard deviation √200/2 ≈ 7)
        assertEquals(100, ones, 4 * 7.1);
        assertThrows(IllegalArgumentException.class, () -> BinaryData.firstHalfLarger(10, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> BinaryData.firstHalfLarger(0, 4, 1));
    }

    @Test
    void targetsAreTheLabelsAsAColumn() {
        BinaryData data = new BinaryData(new double[][] {{1}, {2}, {3}}, new int[] {1, 0, 1});
        double[][] t = data.targets();
        assertEquals(3, t.length);
        assertArrayEquals(new double[] {1}, t[0]);
        assertArrayEquals(new double[] {0}, t[1]);
        assertArrayEquals(new double[] {1}, t[2]);
    }
}
