package thw2.stats;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RunningStatsTest {
    @Test
    void onePassMomentsMatchTwoPassFormulas() {
        Random r = new Random(5);
        double[] x = new double[5000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1e6 + Math.exp(r.nextGaussian()); // skewed, far from 0: a hard case for naive sums
        }
        RunningStats st = new RunningStats().addAll(x);
        double mean = 0;
        for (double v : x) {
            mean += v / x.length;
        }
        double c2 = 0;
        double c4 = 0;
        for (double v : x) {
            double d = v - mean;
            c2 += d * d / x.length;
            c4 += d * d * d * d / x.length;
        }
        assertEquals(mean, st.mean(), 1e-8); // the two-pass sum itself is good to about 1e-9
        assertEquals(c2 * x.length / (x.length - 1), st.variance(), 1e-10 * c2);
        assertEquals(Math.sqrt((c4 - c2 * c2) / x.length), st.varianceStandardError(), 1e-9 * Math.sqrt(c4));
    }

    @Test
    void varianceStandardErrorPredictsTheSpreadOfSampleVariances() {
        // Gaussian samples of size 200: the sampled variance has s.d. √(2/n)·σ² = 0.1 for σ² = 1.
        Random r = new Random(6);
        RunningStats ofVariances = new RunningStats();
        RunningStats predicted = new RunningStats();
        for (int rep = 0; rep < 2000; rep++) {
            RunningStats st = new RunningStats();
            for (int i = 0; i < 200; i++) {
                st.add(r.nextGaussian());
            }
            ofVariances.add(st.variance());
            predicted.add(st.varianceStandardError());
        }
        assertEquals(0.1, ofVariances.standardDeviation(), 0.006);
        assertEquals(0.1, predicted.mean(), 0.003);
    }

    @Test
    void tooFewSamplesAreRejected() {
        RunningStats st = new RunningStats().add(1);
        assertThrows(IllegalStateException.class, st::varianceStandardError);
        assertThrows(IllegalArgumentException.class, () -> st.add(Double.NaN));
    }
}
