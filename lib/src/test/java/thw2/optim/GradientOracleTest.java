package thw2.optim;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GradientOracleTest {
    /** No gradient value is drawn twice over 500 steps of 2000 coordinates (overlapping streams would repeat many). */
    @Test
    void gaussianNoiseHasNoRepeatedValuesAcrossSteps() {
        GradientOracle o = GradientOracle.gaussianNoise(0, 1, 2023);
        double[] all = new double[500 * 2000];
        for (int t = 1; t <= 500; t++) {
            System.arraycopy(o.gradient(t, new double[2000]), 0, all, (t - 1) * 2000, 2000);
        }
        Arrays.sort(all);
        int repeated = 0;
        for (int i = 1; i < all.length; i++) {
            if (all[i] == all[i - 1]) {
                repeated++;
            }
        }
        assertEquals(0, repeated);
    }
}
