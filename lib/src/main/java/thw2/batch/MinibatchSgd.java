package thw2.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import thw2.args.Require;
import thw2.nn.LogisticRegression;
import thw2.optim.Minibatches;
import thw2.optim.Sgd;
import thw2.optim.SgdState;
import thw2.random.Shuffle;

/**
 * Minibatch stochastic gradient descent for {@link LogisticRegression}, with the data reshuffled at
 * the start of every epoch and cut into consecutive batches of B (the last one smaller when B does not
 * divide N). Every epoch shows the model all N examples, whatever B is, so runs with different batch
 * sizes can be compared at equal numbers of examples seen: a batch of B costs B example-gradients and
 * makes one update, so small batches make N/B updates per epoch, large batches few.
 *
 * <p>The run is {@link Sgd} on the parameters (w, b) with {@link Minibatches#reshuffled} as its
 * gradient oracle: the mean cross-entropy gradient over each batch. The old hand-written loop
 * subtracted (η·Σg)/B; Sgd subtracts η·(Σg/B), which can differ in the last bit of a step
 * (MinibatchSgdTest bounds the difference).
 */
public final class MinibatchSgd {
    private MinibatchSgd() {}

    /**
     * The training loss (mean cross-entropy over the whole data set) against the number of examples
     * seen.
     *
     * @param batchSize    B
     * @param examplesSeen the counts at which the loss was recorded (the first is 0)
     * @param loss         the full-data loss at those counts
     * @param model        the final model
     */
    public record Curve(int batchSize, long[] examplesSeen, double[] loss, LogisticRegression model) {
        public Curve {
            Require.positive(batchSize, "batchSize");
            Require.notNull(examplesSeen, "examplesSeen");
            Require.finite(Require.nonEmpty(loss, "loss"), "loss");
            if (examplesSeen.length != loss.length) {
                throw new IllegalArgumentException("examplesSeen and loss must have the same length, got "
                        + examplesSeen.length + " and " + loss.length);
            }
            for (int i = 0; i < examplesSeen.length; i++) {
                if (examplesSeen[i] < 0 || (i > 0 && examplesSeen[i] < examplesSeen[i - 1])) {
                    throw new IllegalArgumentException("examplesSeen must be non-negative and ascending, got "
                            + examplesSeen[i] + " at " + i);
                }
            }
            Require.notNull(model, "model");
            examplesSeen = examplesSeen.clone();
            loss = loss.clone();
        }

        @Override
        public long[] examplesSeen() {
            return examplesSeen.clone();
        }

        @Override
        public double[] loss() {
            return loss.clone();
        }

        /** The last recorded loss. */
        public double finalLoss() {
            return loss[loss.length - 1];
        }
    }

    /**
     * Trains from w = 0, b = 0.
     *
     * @param learningRate η &gt; 0, the same for every batch size
     * @param epochs       number of passes over the data
     * @param recordEvery  record the loss after the first step at which another {@code recordEvery}
     *                     examples have been seen, and always after the last step
     * @param seed         seed of the reshuffling
     */
    public static Curve trainLogistic(double[][] xs, int[] ys, int batchSize, double learningRate, int epochs,
                                      int recordEvery, long seed) {
        Require.finite(Require.notNull(xs, "xs"), "xs");
        Require.notNull(ys, "ys");
        if (xs.length == 0 || xs.length != ys.length) {
            throw new IllegalArgumentException("xs and ys must be non-empty and of equal length, got " + xs.length
                    + " and " + ys.length);
        }
        int n = xs.length;
        int d = xs[0].length;
        for (int i = 0; i < n; i++) {
            if (ys[i] != 0 && ys[i] != 1) {
                throw new IllegalArgumentException("ys[" + i + "] must be 0 or 1, got " + ys[i]);
            }
        }
        MinibatchSampler.checkBatchSize(batchSize, n);
        Require.positive(learningRate, "learningRate");
        Require.iterations(epochs, 1, "epochs");
        Require.iterations((int) Math.min(Integer.MAX_VALUE, (long) epochs * n), 1, "epochs × examples");
        Require.positive(recordEvery, "recordEvery");
        Require.entries((double) epochs * n / recordEvery, "epochs × examples / recordEvery recorded losses");
        Require.work(epochs * (double) n * (4.0 * d + 20), "epochs × examples × (4 × dimension + 20) = " + epochs + " × "
                + n + " × (4 × " + d + " + 20) for the gradient steps");
        Minibatches batches = Minibatches.reshuffled(n, batchSize, seed, (batch, theta) -> {
            double[] grad = new double[d + 1];
            LogisticRegression model = LogisticRegression.fromParameters(theta);
            for (int i : batch) {
                model.addGradientTo(xs[i], ys[i], grad);
            }
            for (int j = 0; j <= d; j++) {
                grad[j] /= batch.length;
            }
            return grad;
        });
        int steps = batches.steps(epochs);
        List<Long> seen = new ArrayList<>();
        List<Double> loss = new ArrayList<>();
        long[] next = {recordEvery};
        int[] done = {0};
        SgdState last;
        try {
            last = new Sgd(learningRate).runWhile(batches, new double[d + 1], steps, s -> {
                done[0] = s.t();
                long count = batches.examplesSeen(s.t());
                if (s.t() == 0 || count >= next[0]) {
                    seen.add(count);
                    loss.add(LogisticRegression.fromParameters(s.theta()).meanCrossEntropy(xs, ys));
                    while (next[0] <= count) {
                        next[0] += recordEvery;
                    }
                }
                return true;
            });
        } catch (IllegalStateException | ArithmeticException ex) {
            throw new IllegalStateException("training diverged in epoch " + batches.epochOf(done[0] + 1)
                    + ": learningRate = " + learningRate + " is too large for xs of this scale (" + ex.getMessage()
                    + ")", ex);
        }
        double[] theta = last.theta();
        long count = batches.examplesSeen(steps);
        if (seen.get(seen.size() - 1) != count) { // always end with the final model
            seen.add(count);
            loss.add(LogisticRegression.fromParameters(theta).meanCrossEntropy(xs, ys));
        }
        long[] s = new long[seen.size()];
        double[] l = new double[loss.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = seen.get(i);
            l[i] = loss.get(i);
        }
        return new Curve(batchSize, s, l, LogisticRegression.fromParameters(theta));
    }
}
