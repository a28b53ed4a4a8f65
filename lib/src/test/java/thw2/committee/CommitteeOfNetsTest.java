package thw2.committee;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tech.tablesaw.api.Table;
import thw2.digits.DigitSet;
import thw2.digits.Mnist;
import thw2.digits.Variant;

class CommitteeOfNetsTest {
    private static final int[] LABELS = {0, 1, 2};

    /** A member that puts 0.8 on its class for each digit and 0.1 on the two others. */
    private static Member member(String name, int... predicted) {
        double[][] p = new double[predicted.length][3];
        for (int i = 0; i < predicted.length; i++) {
            for (int k = 0; k < 3; k++) {
                p[i][k] = k == predicted[i] ? 0.8 : 0.1;
            }
        }
        return new Member(name, new double[] {1.0, 0.5}, p);
    }

    // errors: a on digit 2, b on digit 1, c on digit 2
    private static final CommitteeOfNets COMMITTEE = new CommitteeOfNets("three", List.of(
            member("a", 0, 1, 0), member("b", 0, 0, 2), member("c", 0, 1, 0)));

    @Test
    void aMemberDecidesByItsLargestProbability() {
        Member m = member("a", 0, 1, 0);
        assertArrayEquals(new int[] {0, 1, 0}, m.predicted());
        assertEquals(new ErrorRate(1, 3), m.error(LABELS));
        assertEquals(3, m.testDigits());
        assertEquals(3, m.classes());
        double[][] p = m.probabilities();
        p[0][0] = 0;
        assertEquals(0.8, m.probabilities()[0][0], "the table is copied out");
        assertArrayEquals(new double[] {1.0, 0.5}, m.trainingLoss());
        assertThrows(IllegalArgumentException.class, () -> new Member("x", new double[0], new double[][] {{1.5, 0}}));
        assertThrows(IllegalArgumentException.class, () -> new Member("x", new double[] {-1}, new double[][] {{1, 0}}));
        assertThrows(IllegalArgumentException.class, () -> new Member("x", new double[0], new double[][] {{}}));
    }

    @Test
    void missedDigitsAndErrorsByHand() {
        assertEquals(0, COMMITTEE.missedByEvery(LABELS), "b gets digit 2 right");
        assertEquals(2, COMMITTEE.missedBySome(LABELS), "digits 1 and 2");
        assertEquals(1.0 / 3, COMMITTEE.meanMemberError(LABELS), 1e-15);
        // error indicators (0, 0, 1), (0, 1, 0), (0, 0, 1): φ(a, b) = (0 − 1/9) / (2/9) = −1/2, φ(a, c) = 1,
        // φ(b, c) = −1/2, mean 0
        assertEquals(0, COMMITTEE.meanPairwisePhi(LABELS), 1e-15);
        CommitteeOfNets same = new CommitteeOfNets("same", List.of(member("a", 0, 1, 0), member("c", 0, 1, 1)));
        assertEquals(1, same.missedByEvery(LABELS));
        assertEquals(1, same.meanPairwisePhi(LABELS), 1e-15);
    }

    @Test
    void decisionsByHand() {
        // digit 1: votes 1, 0, 1 → class 1 (mean 1.7/3, median 0.8); digit 2: votes 0, 2, 0 → class 0
        // (mean 1.7/3, median 0.8)
        for (Committee.Rule r : Committee.Rule.values()) {
            assertArrayEquals(new int[] {0, 1, 0}, COMMITTEE.decide(r), r.label());
            assertEquals(new ErrorRate(1, 3), COMMITTEE.error(r, LABELS));
        }
        assertEquals(3, COMMITTEE.probabilities().size());
        assertNotSame(COMMITTEE.probabilities().get(0), COMMITTEE.probabilities().get(0));
    }

    @Test
    void tables() {
        Table errors = CommitteeOfNets.errorTable(List.of(COMMITTEE), LABELS);
        assertEquals("Committee test errors on the 3 test digits", errors.name());
        assertEquals(3, errors.rowCount());
        assertEquals("majority vote", errors.stringColumn("rule").get(0));
        assertEquals(100.0 / 3, errors.doubleColumn("test error (%)").get(1), 1e-12);
        assertEquals(100 * Math.sqrt(2.0 / 27), errors.doubleColumn("± s.e. (%)").get(2), 1e-12, "√(r(1 − r)/n)");
        assertEquals(100.0 / 3, errors.doubleColumn("mean error of its members (%)").get(0), 1e-12);
        Table rules = CommitteeOfNets.ruleComparisonTable(List.of(COMMITTEE, COMMITTEE), LABELS);
        assertEquals(6, rules.rowCount());
        assertEquals("average vs median", rules.stringColumn("A vs B").get(2));
        assertEquals(0, rules.doubleColumn("z = difference / s.e.").abs().max(), "the rules agree on every digit");
    }

    @Test
    void badCommitteesAndLabelsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CommitteeOfNets("none", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CommitteeOfNets("mixed",
                List.of(member("a", 0, 1, 0), member("short", 0, 1))));
        assertThrows(IllegalArgumentException.class, () -> COMMITTEE.missedByEvery(new int[] {0, 1}));
        assertThrows(IllegalArgumentException.class, () -> COMMITTEE.meanMemberError(new int[] {0, -1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> new CommitteeOfNets("one", List.of(member("a", 0, 1, 0))).meanPairwisePhi(LABELS));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aTrainedMemberHasOneLossPerEpochAndOneDistributionPerTestDigit() {
        DigitSet train = Mnist.embedded().subset(IntStream.range(0, 200).map(i -> i * 50).toArray(), "train");
        DigitSet test = Mnist.embedded().subset(IntStream.range(0, 20).map(i -> i * 500 + 7).toArray(), "test");
        TrainingOptions options = TrainingOptions.builder().hidden(8).epochs(2).threads(1).build();
        Member m = Member.train("small", new Variant("original", train, test), options);
        assertEquals("small", m.name());
        assertEquals(2, m.trainingLoss().length);
        assertEquals(NetTrainer.train(train, options).history().get(1).meanLoss(), m.trainingLoss()[1],
                "the trainer's own history");
        assertEquals(20, m.testDigits());
        for (double[] row : m.probabilities()) {
            assertEquals(1, java.util.Arrays.stream(row).sum(), 1e-5);
        }
    }
}
