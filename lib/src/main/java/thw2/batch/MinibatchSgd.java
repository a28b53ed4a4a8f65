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
import thw2.stats.RunningStats;

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

        /** The counts of examples seen as doubles: the x axis of a chart of the loss. */
        public double[] examplesSeenAxis() {
            double[] x = new double[examplesSeen.length];
            for (int i = 0; i < x.length; i++) {
                x[i] = examplesSeen[i];
            }
            return x;
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

    /**
     * Runs of {@link #trainLogistic} at several batch sizes, each repeated with several shuffling
     * seeds, all with the same learning rate and the same number of epochs: the same number of examples
     * seen, so the same cost in example-gradients, whatever B is. Question 1a's "training at equal
     * cost". Immutable.
     */
    public static final class EqualBudget {
        private final int[] batchSizes;
        private final int epochs;
        private final int examples;
        private final Curve[][] curves;

        private EqualBudget(int[] batchSizes, int epochs, int examples, Curve[][] curves) {
            this.batchSizes = batchSizes;
            this.epochs = epochs;
            this.examples = examples;
            this.curves = curves;
        }

        /** The batch sizes B, in the order given. */
        public int[] batchSizes() {
            return batchSizes.clone();
        }

        /** The number of shuffling seeds per batch size. */
        public int seeds() {
            return curves[0].length;
        }

        /**
         * The run with the i-th batch size and the s-th seed.
         *
         * @throws IllegalArgumentException if i or s is out of range
         */
        public Curve curve(int i, int s) {
            Require.index(i, curves.length, "i");
            return curves[i][Require.index(s, curves[i].length, "s")];
        }

        /** Per batch size, the number of updates made: epochs · ⌈N/B⌉ (the last batch of an epoch may be smaller). */
        public int[] updates() {
            int[] u = new int[batchSizes.length];
            for (int i = 0; i < u.length; i++) {
                u[i] = epochs * ((examples + batchSizes[i] - 1) / batchSizes[i]);
            }
            return u;
        }

        /** Per batch size, the mean over the seeds of the final training loss. */
        public double[] meanFinalLoss() {
            double[] m = new double[batchSizes.length];
            for (int i = 0; i < m.length; i++) {
                m[i] = finalLosses(i).mean();
            }
            return m;
        }

        /** Per batch size, the standard deviation over the seeds (divisor seeds − 1) of the final training loss. */
        public double[] finalLossStandardDeviation() {
            double[] sd = new double[batchSizes.length];
            for (int i = 0; i < sd.length; i++) {
                sd[i] = finalLosses(i).standardDeviation();
            }
            return sd;
        }

        private RunningStats finalLosses(int i) {
            RunningStats r = new RunningStats();
            for (Curve c : curves[i]) {
                r.add(c.finalLoss());
            }
            return r;
        }
    }

    /**
     * Trains from zero at each batch size with each of {@code seeds} shuffling seeds
     * {@code firstSeed}, {@code firstSeed + 1}, …, by {@link #trainLogistic}.
     *
     * @param xs           the inputs, one row per example
     * @param ys           the labels, 0 or 1
     * @param batchSizes   the batch sizes B, each in [1, N]
     * @param learningRate η &gt; 0, the same for every batch size
     * @param epochs       passes over the data, the same for every batch size
     * @param recordEvery  record the loss every this many examples seen
     * @param seeds        the number of shuffling seeds, from 2 (for a spread) to 10,000
     * @param firstSeed    the first shuffling seed
     * @return the runs
     * @throws IllegalArgumentException if an argument is out of range (see {@link #trainLogistic})
     * @throws IllegalStateException if a run diverges
     */
    public static EqualBudget equalBudget(double[][] xs, int[] ys, int[] batchSizes, double learningRate, int epochs,
                                          int recordEvery, int seeds, long firstSeed) {
        Require.finite(xs, "xs");
        if (xs.length == 0 || xs[0].length == 0) {
            throw new IllegalArgumentException("xs must have at least one row and one column");
        }
        Require.notNull(batchSizes, "batchSizes");
        if (batchSizes.length == 0) {
            throw new IllegalArgumentException("batchSizes must not be empty");
        }
        for (int i = 0; i < batchSizes.length; i++) {
            if (batchSizes[i] < 1 || batchSizes[i] > xs.length) {
                throw new IllegalArgumentException("batchSizes[" + i + "] must be in [1, N = " + xs.length + "], got "
                        + batchSizes[i]);
            }
        }
        Require.inRange(seeds, 2, 10_000, "seeds");
        Require.iterations(epochs, 1, "epochs");
        Require.iterations((int) Math.min(Integer.MAX_VALUE, (long) seeds * batchSizes.length * epochs * xs.length), 1,
                "seeds × batchSizes.length × epochs × examples");
        Curve[][] curves = new Curve[batchSizes.length][seeds];
        for (int i = 0; i < batchSizes.length; i++) {
            for (int s = 0; s < seeds; s++) {
                curves[i][s] = trainLogistic(xs, ys, batchSizes[i], learningRate, epochs, recordEvery, firstSeed + s);
            }
        }
        return new EqualBudget(batchSizes.clone(), epochs, xs.length, curves);
    }
}
