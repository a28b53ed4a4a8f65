package thw2.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeRulesTest {
    @Test
    void orderStatisticsByCounting() {
        double[] v = {3, 1, 2};
        assertEquals(1, CommitteeRules.kthSmallestByCounting(v, 1));
        assertEquals(2, CommitteeRules.kthSmallestByCounting(v, 2));
        assertEquals(3, CommitteeRules.kthSmallestByCounting(v, 3));
        double[] ties = {2, 1, 2};             // sorted 1, 2, 2
        assertEquals(2, CommitteeRules.kthSmallestByCounting(ties, 2));
        assertEquals(2, CommitteeRules.kthSmallestByCounting(ties, 3));
        assertEquals(0.4, CommitteeRules.medianByCounting(new double[] {0.4, 0.1, 0.9}));
        assertEquals(0.5, CommitteeRules.medianByCounting(new double[] {0.5, 0.1, 0.5}));
        assertEquals(2.5, CommitteeRules.medianByCounting(new double[] {1, 4, 2, 3}), "mean of 2 and 3");
        assertThrows(IllegalArgumentException.class, () -> CommitteeRules.kthSmallestByCounting(v, 4));
        assertThrows(IllegalArgumentException.class, () -> CommitteeRules.medianByCounting(new double[0]));
    }

    /** Three members, two digits, three classes: the example of CommitteeTest, decided by hand. */
    private static final List<double[][]> MEMBERS = List.of(
            new double[][] {{0.40, 0.35, 0.25}, {0.1, 0.1, 0.8}},
            new double[][] {{0.40, 0.35, 0.25}, {0.2, 0.2, 0.6}},
            new double[][] {{0.00, 1.00, 0.00}, {0.5, 0.3, 0.2}});

    @Test
    void theRightDecisionsAreBeatenByNoClass() {
        // digit 0: votes 2, 1, 0; means 0.8/3, 1.7/3, 0.5/3; medians 0.40, 0.35, 0.25
        // digit 1: votes 0, 0, 2 (and 1 for class 0); means 0.8/3, 0.6/3, 1.6/3; medians 0.2, 0.2, 0.6
        assertEquals(0, CommitteeRules.classesBeatingVote(MEMBERS, new int[] {0, 2}));
        assertEquals(0, CommitteeRules.classesBeatingMean(MEMBERS, new int[] {1, 2}));
        assertEquals(0, CommitteeRules.classesBeatingMedian(MEMBERS, new int[] {0, 2}));
    }

    @Test
    void aWrongDecisionIsBeatenByTheClassesAboveIt() {
        assertEquals(1, CommitteeRules.classesBeatingVote(MEMBERS, new int[] {1, 2}), "class 0 has 2 votes to 1");
        assertEquals(2 + 1, CommitteeRules.classesBeatingVote(MEMBERS, new int[] {2, 0}),
                "digit 0: classes 0 and 1 beat class 2; digit 1: class 2 has 2 votes to 1");
        assertEquals(1, CommitteeRules.classesBeatingMean(MEMBERS, new int[] {0, 2}), "class 1's mean 0.567 > 0.267");
        assertEquals(2, CommitteeRules.classesBeatingMedian(MEMBERS, new int[] {2, 2}), "0.40 and 0.35 > 0.25");
    }

    @Test
    void equalVotesAreDecidedByTheLargerMean() {
        // one vote each for classes 0 and 1; means 0.30 and 0.60
        List<double[][]> m = List.of(new double[][] {{0.5, 0.4, 0.1}}, new double[][] {{0.1, 0.8, 0.1}});
        assertEquals(0, CommitteeRules.classesBeatingVote(m, new int[] {1}));
        assertEquals(1, CommitteeRules.classesBeatingVote(m, new int[] {0}), "class 1: as many votes, larger mean");
        // equal votes and equal means: either decision stands
        List<double[][]> tie = List.of(new double[][] {{0.6, 0.4}}, new double[][] {{0.4, 0.6}});
        assertEquals(0, CommitteeRules.classesBeatingVote(tie, new int[] {0}));
        assertEquals(0, CommitteeRules.classesBeatingVote(tie, new int[] {1}));
    }

    @Test
    void badDecisionsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> CommitteeRules.classesBeatingMean(MEMBERS, new int[] {0, 3}));
        assertThrows(IllegalArgumentException.class, () -> CommitteeRules.classesBeatingMean(MEMBERS, new int[] {0}));
        assertThrows(IllegalArgumentException.class, () -> CommitteeRules.classesBeatingMean(List.of(), new int[0]));
    }
}
