package thw2.data;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class IrisTest {
    @Test
    void hasFiftyFlowersPerSpeciesAndTheUciSummary() {
        Iris iris = Iris.load();
        assertEquals(150, iris.size());
        int[] counts = new int[3];
        for (int y : iris.labels()) {
            counts[y]++;
        }
        assertArrayEquals(new int[] {50, 50, 50}, counts);
        // UCI's summary statistics: mean sepal length 5.84, mean petal length 3.76 (cm)
        double sl = 0;
        double pl = 0;
        for (double[] row : iris.features()) {
            sl += row[0];
            pl += row[2];
        }
        assertEquals(5.84, sl / 150, 0.005);
        assertEquals(3.76, pl / 150, 0.005);
    }

    @Test
    void binaryTaskIsStandardized() {
        Iris.BinaryTask task = Iris.load().binary("virginica", "versicolor");
        assertEquals(100, task.size());
        double ones = 0;
        for (double[] t : task.t()) {
            ones += t[0];
        }
        assertEquals(50, ones);
        for (int j = 0; j < 4; j++) {
            double m = 0;
            double s = 0;
            for (double[] row : task.x()) {
                m += row[j];
                s += row[j] * row[j];
            }
            assertEquals(0, m / 100, 1e-12);
            assertEquals(1, s / 100, 1e-12);
        }
        assertThrows(IllegalArgumentException.class, () -> Iris.load().binary("setosa", "setosa"));
        assertThrows(IllegalArgumentException.class, () -> Iris.load().binary("rose", "setosa"));
    }
}
