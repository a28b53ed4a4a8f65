package thw2.stats;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class EstimatesTest {
    /** Means 1, 2, 4 with standard errors 0.5, 0.25, 0: the scores against 2, 1, 4 are −2, 4 and 0. */
    @Test
    void standardScoresAreDistancesInStandardErrors() {
        Estimates e = new Estimates(new double[] {1, 2, 4}, new double[] {0.5, 0.25, 0});
        assertArrayEquals(new double[] {-2, 4, 0}, e.standardScores(2, 1, 4), 0);
        assertEquals(4, e.largestStandardScore(2, 1, 4), 0);
        assertEquals(3, e.size());
        assertEquals(2, e.mean(1));
        assertEquals(0.25, e.standardError(1));
    }

    /** A zero standard error with an estimate off its exact value is infinitely many standard errors away. */
    @Test
    void aZeroStandardErrorMakesAnyMissInfinite() {
        Estimates e = new Estimates(new double[] {1, 4}, new double[] {0.5, 0});
        assertEquals(Double.POSITIVE_INFINITY, e.largestStandardScore(1, 5));
        assertEquals(Double.NEGATIVE_INFINITY, e.standardScores(1, 5)[1]);
    }

    /** One exact value for all: means 0.9 and 1.2 (s.e. 0.1) against 1 are 1 and 2 s.e. away. */
    @Test
    void oneExactValueForEveryEstimate() {
        Estimates e = new Estimates(new double[] {0.9, 1.2}, new double[] {0.1, 0.1});
        assertEquals(2, e.largestStandardScore(1.0), 1e-12);
    }

    /** Samples 1, 2, 3: mean 2, sample variance 1, standard error 1/√3. */
    @Test
    void fromRunningStats() {
        Estimates e = Estimates.of(new RunningStats().add(1).add(2).add(3), new RunningStats().add(5).add(5));
        assertEquals(2, e.mean(0), 1e-15);
        assertEquals(1 / Math.sqrt(3), e.standardError(0), 1e-15);
        assertEquals(5, e.mean(1));
        assertEquals(0, e.standardError(1));
    }

    @Test
    void refusesBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new Estimates(new double[] {1}, new double[] {-1}));
        assertThrows(IllegalArgumentException.class, () -> new Estimates(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new Estimates(new double[] {1}, new double[] {1}).standardScores(1, 2));
        assertThrows(IllegalArgumentException.class, () -> Estimates.of(new RunningStats().add(1)));
    }

    @Test
    void arraysAreCopied() {
        double[] m = {1, 2};
        Estimates e = new Estimates(m, new double[] {1, 1});
        m[0] = 99;
        e.means()[1] = 99;
        assertArrayEquals(new double[] {1, 2}, e.means());
    }
}
