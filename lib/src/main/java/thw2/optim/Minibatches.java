package thw2.optim;

import java.util.Arrays;
import java.util.SplittableRandom;
import thw2.args.Require;
import thw2.random.Shuffle;

/**
 * Mini-batch stochastic gradients as a {@link GradientOracle}: N examples are cut into consecutive
 * batches of B (the last one smaller when B does not divide N), one batch per step, so an epoch is
 * ⌈N/B⌉ steps and shows every example once. With {@link #reshuffled} the order of the examples is
 * shuffled at the start of every epoch (Fisher–Yates with one {@link SplittableRandom} seeded once,
 * applied to the previous epoch's order); with {@link #inOrder} every epoch takes 0, 1, …, N−1.
 * Step t's gradient is {@code batchGradient.gradient(batch(t), θ_{t−1})}, the mean gradient over
 * the examples of batch t (Goodfellow, Bengio &amp; Courville, <i>Deep Learning</i>, 2016,
 * Algorithm 8.1).
 *
 * <p>The batches are a function of t alone: asking for an earlier epoch replays the shuffles from
 * the seed. The gradient function itself may draw random numbers (dropout noise, say); it is
 * called once per step, in the order of the steps, when an {@link Optimizer} runs this oracle.
 */
public final class Minibatches implements GradientOracle {

    /** The gradient on one batch of examples. */
    @FunctionalInterface
    public interface BatchGradient {
        /**
         * The mean gradient over the examples {@code batch} (indices into the data, in the order
         * the epoch visits them) at the parameters {@code theta}. Must not modify either argument.
         */
        double[] gradient(int[] batch, double[] theta);
    }

    private final int examples;
    private final int batchSize;
    private final boolean shuffle;
    private final long seed;
    private final BatchGradient batchGradient;
    private final int batchesPerEpoch;
    // the order of the epoch `orderEpoch` (0-based), and the generator that shuffled it
    private final int[] order;
    private int orderEpoch;
    private SplittableRandom rng;

    private Minibatches(int examples, int batchSize, boolean shuffle, long seed, BatchGradient batchGradient) {
        this.examples = Require.positive(examples, "examples");
        Require.positive(batchSize, "batchSize");
        this.batchSize = Math.min(batchSize, examples);
        this.shuffle = shuffle;
        this.seed = seed;
        this.batchGradient = Require.notNull(batchGradient, "batchGradient");
        Require.entries(examples, "examples (the order of one epoch)");
        this.batchesPerEpoch = (examples + this.batchSize - 1) / this.batchSize;
        this.order = new int[examples];
        restart();
    }

    /**
     * Batches of {@code batchSize} (a batch size above {@code examples} means full batches) from an
     * order reshuffled at the start of every epoch by a generator seeded with {@code seed}.
     */
    public static Minibatches reshuffled(int examples, int batchSize, long seed, BatchGradient batchGradient) {
        return new Minibatches(examples, batchSize, true, seed, batchGradient);
    }

    /** Batches of {@code batchSize} taken in the order 0, 1, …, N−1 in every epoch (no shuffling). */
    public static Minibatches inOrder(int examples, int batchSize, BatchGradient batchGradient) {
        return new Minibatches(examples, batchSize, false, 0L, batchGradient);
    }

    /** The number of examples N. */
    public int examples() {
        return examples;
    }

    /** The batch size B, at most N. */
    public int batchSize() {
        return batchSize;
    }

    /** ⌈N/B⌉, the number of steps in one epoch. */
    public int batchesPerEpoch() {
        return batchesPerEpoch;
    }

    /** The steps needed for {@code epochs} ≥ 1 epochs, epochs·⌈N/B⌉ (an {@link IllegalArgumentException} above 2³¹ − 1). */
    public int steps(int epochs) {
        Require.positive(epochs, "epochs");
        long steps = (long) epochs * batchesPerEpoch;
        if (steps > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("epochs × batchesPerEpoch() = " + epochs + " × " + batchesPerEpoch
                    + " steps is more than an int can count");
        }
        return (int) steps;
    }

    /** The epoch (1, 2, …) that step t (1, 2, …) belongs to. */
    public int epochOf(int t) {
        Require.positive(t, "t (steps are counted from 1)");
        return (t - 1) / batchesPerEpoch + 1;
    }

    /** Whether step t is the last step of its epoch (t = 0, the start, counts as the end of epoch 0). */
    public boolean endsEpoch(int t) {
        Require.nonNegative(t, "t");
        return t % batchesPerEpoch == 0;
    }

    /** The number of examples whose gradients the first t steps used (N per full epoch). */
    public long examplesSeen(int t) {
        Require.nonNegative(t, "t");
        long full = t / batchesPerEpoch;
        int k = t % batchesPerEpoch;
        return full * examples + (long) k * batchSize;
    }

    /** The example indices of step t's batch, in the order the epoch visits them. */
    public synchronized int[] batch(int t) {
        Require.positive(t, "t (steps are counted from 1)");
        int epoch = (t - 1) / batchesPerEpoch;
        int k = (t - 1) % batchesPerEpoch;
        if (shuffle) {
            if (epoch < orderEpoch) {
                restart();
            }
            if ((double) (epoch - orderEpoch) * examples > Require.MAX_ITERATIONS) {
                throw new IllegalArgumentException("t = " + t + " is too far ahead of the last step asked for: its"
                        + " batch needs " + (epoch - orderEpoch) + " more epoch shuffles of " + examples
                        + " examples (ask for the steps in order)");
            }
            while (orderEpoch < epoch) {
                Shuffle.inPlace(order, rng);
                orderEpoch++;
            }
        }
        int from = k * batchSize;
        return Arrays.copyOfRange(order, from, Math.min(examples, from + batchSize));
    }

    /**
     * Step t's gradient at θ: batchGradient on {@link #batch(int) batch(t)}. A result that is null,
     * of another length than θ or not finite is an {@link IllegalStateException} naming the step.
     */
    @Override
    public double[] gradient(int t, double[] theta) {
        Require.finite(Require.nonEmpty(theta, "theta"), "theta");
        int[] b = batch(t);
        double[] g = batchGradient.gradient(b, theta.clone());
        if (g == null || g.length != theta.length) {
            throw new IllegalStateException("batchGradient returned " + (g == null ? "null" : g.length + " entries")
                    + " for step " + t + ", expected " + theta.length + " (one per parameter)");
        }
        for (int i = 0; i < g.length; i++) {
            if (!Double.isFinite(g[i])) {
                throw new IllegalStateException("batchGradient returned gradient[" + i + "] = " + g[i] + " for step "
                        + t + " (epoch " + epochOf(t) + "): the iterates diverged (reduce the learning rate), or the"
                        + " gradient function is broken");
            }
        }
        return g;
    }

    /** Back to the order before the first epoch's shuffle. */
    private void restart() {
        for (int i = 0; i < examples; i++) {
            order[i] = i;
        }
        rng = new SplittableRandom(seed);
        orderEpoch = shuffle ? -1 : 0;
    }

    @Override
    public String toString() {
        return "Minibatches[N=" + examples + ", B=" + batchSize + (shuffle ? ", reshuffled every epoch (seed " + seed
                + ")" : ", in order") + "]";
    }
}
