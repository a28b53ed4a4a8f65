package thw2.committee;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeTest {
    private static double[][] t(double[]... rows) {
        return rows;
    }

    @Test
    void rulesDisagreeWhereTheyShould() {
        // digit 0: two lukewarm votes for class 0 against one confident vote for class 1
        // digit 1: a plain majority for class 2
        List<double[][]> m = List.of(
                t(new double[] {0.40, 0.35, 0.25}, new double[] {0.1, 0.1, 0.8}),
                t(new double[] {0.40, 0.35, 0.25}, new double[] {0.2, 0.2, 0.6}),
                t(new double[] {0.00, 1.00, 0.00}, new double[] {0.5, 0.3, 0.2}));
        assertArrayEquals(new int[] {0, 2}, Committee.majorityVote(m));
        assertArrayEquals(new int[] {1, 2}, Committee.average(m), "mean of class 1 is 0.5667 > 0.2667");
        assertArrayEquals(new int[] {0, 2}, Committee.median(m), "medians 0.40, 0.35, 0.25");
        assertArrayEquals(new double[] {0.8 / 3, 1.7 / 3, 0.5 / 3}, Committee.averageProbabilities(m)[0], 1e-15);
        assertArrayEquals(new double[] {0.40, 0.35, 0.25}, Committee.medianProbabilities(m)[0], 1e-15);
        assertArrayEquals(Committee.majorityVote(m), Committee.decide(Committee.Rule.MAJORITY_VOTE, m));
        assertArrayEquals(Committee.average(m), Committee.decide(Committee.Rule.AVERAGE, m));
        assertArrayEquals(Committee.median(m), Committee.decide(Committee.Rule.MEDIAN, m));
    }

    @Test
    void voteTiesGoToTheLargerMeanThenToTheSmallerClass() {
        List<double[][]> m = List.of(
                t(new double[] {0.5, 0.4, 0.1}, new double[] {0.6, 0.4, 0.0}, new double[] {0.2, 0.1, 0.7}),
                t(new double[] {0.1, 0.8, 0.1}, new double[] {0.4, 0.6, 0.0}, new double[] {0.2, 0.1, 0.7}));
        // digit 0: one vote each for 0 and 1, means 0.30 vs 0.60 → 1
        // digit 1: one vote each, means 0.5 vs 0.5 → smaller class 0
        // digit 2: both vote 2
        assertArrayEquals(new int[] {1, 0, 2}, Committee.majorityVote(m));
    }

    @Test
    void aMembersOwnTieVotesForTheSmallerClass() {
        List<double[][]> m = List.of(t(new double[] {0.1, 0.45, 0.45}), t(new double[] {0.1, 0.45, 0.45}),
                t(new double[] {0.1, 0.2, 0.7}));
        // two votes for class 1 (their own ties 1/2 go to 1), one for class 2
        assertArrayEquals(new int[] {1}, Committee.majorityVote(m));
        assertArrayEquals(new int[] {2}, Committee.average(m), "means 0.3667 vs 0.5333");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        List<double[][]> m = List.of(t(new double[] {0.10, 0.90}), t(new double[] {0.95, 0.05}),
                t(new double[] {0.20, 0.80}), t(new double[] {0.90, 0.10}));
        double[] med = Committee.medianProbabilities(m)[0];
        assertEquals((0.20 + 0.90) / 2, med[0], 1e-15);
        assertEquals((0.10 + 0.80) / 2, med[1], 1e-15);
        assertArrayEquals(new int[] {0}, Committee.median(m));
        // a two-member committee: median = mean
        List<double[][]> two = m.subList(0, 2);
        assertArrayEquals(Committee.averageProbabilities(two)[0], Committee.medianProbabilities(two)[0], 1e-15);
    }

    @Test
    void aCommitteeOfOneIsThatMember() {
        double[][] p = t(new double[] {0.2, 0.8}, new double[] {0.7, 0.3});
        for (Committee.Rule r : Committee.Rule.values()) {
            assertArrayEquals(new int[] {1, 0}, Committee.decide(r, List.<double[][]>of(p)), r.label());
        }
    }

    @Test
    void badTablesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Committee.average(List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> Committee.average(List.of(t(new double[] {0.5, 0.5}), t(new double[] {1.0}))));
        assertThrows(IllegalArgumentException.class,
                () -> Committee.median(List.<double[][]>of(t(new double[] {0.5, Double.NaN}))));
    }
}
