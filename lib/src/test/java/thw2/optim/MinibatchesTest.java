package thw2.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import thw2.random.Shuffle;

class MinibatchesTest {
    private static final Minibatches.BatchGradient ZERO = (b, th) -> new double[th.length];

    @Test
    void batchesAreTheEpochShufflesCutInOrder() {
        // 10 examples in batches of 4: 4, 4, 2 per epoch, the order reshuffled (cumulatively) each epoch
        Minibatches m = Minibatches.reshuffled(10, 4, 7, ZERO);
        SplittableRandom r = new SplittableRandom(7);
        int[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        int t = 1;
        for (int epoch = 1; epoch <= 3; epoch++) {
            Shuffle.inPlace(order, r);
            for (int from = 0; from < 10; from += 4, t++) {
                assertArrayEquals(Arrays.copyOfRange(order, from, Math.min(10, from + 4)), m.batch(t), "step " + t);
                assertEquals(epoch, m.epochOf(t));
            }
        }
        assertEquals(3, m.batchesPerEpoch());
        assertEquals(9, m.steps(3));
        assertEquals(14, m.examplesSeen(4)); // a full epoch of 10, then one batch of 4
        assertEquals(true, m.endsEpoch(6));
        assertEquals(false, m.endsEpoch(5));
    }

    @Test
    void batchesDependOnTAloneNotOnCallOrder() {
        Minibatches a = Minibatches.reshuffled(7, 3, 3, ZERO);
        Minibatches b = Minibatches.reshuffled(7, 3, 3, ZERO);
        int[][] forward = new int[12][];
        for (int t = 1; t <= 12; t++) {
            forward[t - 1] = a.batch(t);
        }
        for (int t = 12; t >= 1; t--) {
            assertArrayEquals(forward[t - 1], b.batch(t), "step " + t + " asked for backwards");
        }
    }

    @Test
    void inOrderNeverShufflesAndFullBatchesAreOneStep() {
        Minibatches m = Minibatches.inOrder(5, 99, ZERO);
        assertEquals(1, m.batchesPerEpoch());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, m.batch(3));
    }

    @Test
    void aBrokenBatchGradientIsNamed() {
        Minibatches m = Minibatches.inOrder(4, 2, (b, th) -> new double[] {Double.NaN, 0});
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> m.gradient(1, new double[] {0, 0}));
        assertEquals(true, e.getMessage().contains("batchGradient"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Minibatches.inOrder(0, 2, ZERO));
        assertThrows(IllegalArgumentException.class, () -> Minibatches.inOrder(3, 0, ZERO));
        assertThrows(IllegalArgumentException.class, () -> m.batch(0));
    }

    @Test
    void runWhileSeesTheSameStatesAsRunAndStopsWhenAsked() {
        Objective f = TestFunctions.rosenbrock();
        Trajectory<SgdState> all = new Sgd(1e-3).run(f, new double[] {-1, 1}, 50);
        int[] seen = {0};
        SgdState last = new Sgd(1e-3).runWhile(f.oracle(), new double[] {-1, 1}, 50, s -> {
            assertArrayEquals(all.state(s.t()).theta(), s.theta());
            seen[0]++;
            return s.t() < 20;
        });
        assertEquals(20, last.t());
        assertEquals(21, seen[0]);
    }

    @Test
    void aTrajectoryTableHoldsEveryStateAndTheObjective() {
        Objective f = TestFunctions.rosenbrock();
        Trajectory<SgdState> run = new Sgd(1e-3).run(f, new double[] {-1, 1}, 5);
        Table t = run.table(f);
        assertEquals(6, t.rowCount());
        assertEquals(Arrays.asList("t", "theta[0]", "theta[1]", "step length", "f(theta)"), t.columnNames());
        for (int k = 0; k <= 5; k++) {
            assertEquals(k, t.intColumn("t").getInt(k));
            assertEquals(run.state(k).theta()[1], t.doubleColumn("theta[1]").getDouble(k));
            assertEquals(f.value(run.state(k).theta()), t.doubleColumn("f(theta)").getDouble(k));
        }
    }
}
