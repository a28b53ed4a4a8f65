package thw2.committee;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import thw2.args.Require;
import thw2.digits.DigitSet;
import thw2.random.Shuffle;

/**
 * Trains a P-H-10 {@link OneHiddenLayerNet} by minibatch stochastic gradient descent on the mean
 * cross-entropy of a batch, in float32:
 *
 * <pre>
 *   forward   a_n = f(W₁ᵀx_n + b₁),  p_n = softmax(W₂a_n + b₂)
 *   backward  δ_n = (p_n − e_{y_n}) / B,   g_n = f'(·) ⊙ W₂ᵀδ_n
 *   step      W₂ −= η Σ_n δ_n a_nᵀ,  b₂ −= η Σ_n δ_n,  W₁ −= η Σ_n x_n g_nᵀ,  b₁ −= η Σ_n g_n
 * </pre>
 *
 * <p>Initialization: W₁ uniform on ±√(6/P) for ReLU (He) or ±√(6/(P+H)) otherwise (Glorot), W₂
 * uniform on ±√(6/(H+10)), biases 0, drawn in a fixed order from a {@link SplittableRandom} split off
 * {@code seed}; a second split shuffles the training set (Fisher–Yates) before every epoch.
 *
 * <p>The order of every sum is fixed (it is what makes results reproducible):
 * <ul>
 *   <li>W₁ᵀx_n: b₁ plus the inked pixels in increasing order, in groups of four summed left to right,
 *       each group added to the running total, then the last one to three pixels one by one;</li>
 *   <li>W₂a_n: b₂ plus the shares of consecutive blocks of 64 hidden units (the last block may be
 *       shorter), block after block; a block's share is 0 plus its units in increasing order, in groups
 *       of four likewise;</li>
 *   <li>W₂ᵀδ_n: 0 plus the classes in pairs (0, 1), (2, 3), …;</li>
 *   <li>Σ_n δ_n a_nᵀ and Σ_n x_n g_nᵀ: the samples in batch order (for W₁: the samples that ink the
 *       pixel), in groups of four likewise; Σ_n g_n and Σ_n δ_n: one sample at a time.</li>
 * </ul>
 * The test suite checks this against plain loops that do exactly that, to the bit.
 *
 * <p>Speed. Only the non-zero pixels of x_n enter W₁ᵀx_n and x_n g_nᵀ (MNIST is 74–88 % zeros). The
 * hidden units are cut into one slice per thread (whole blocks of 64 units), and a slice's weights,
 * activations and gradients live in arrays of its own, padded so that two threads never write the same
 * cache line. Per minibatch, one round of the thread team: every thread does, for its slice, the
 * backward step of batch t − 1, then the forward step of batch t and its blocks' shares of the logits,
 * all row operations over its units that the JIT vectorizes ({@link RowKernels}, several rows per
 * pass); the calling thread also lists batch t's pixels pixel by pixel for its backward step. Then the
 * calling thread adds up the blocks' shares, computes the softmax, the loss and δ (a few microseconds).
 * A thread reads only its own slice's weights and activations: the only data that cross between
 * threads per minibatch are δ, the pixel lists and the blocks' shares of the logits. (Computing the
 * logits by class over all units instead, which reads the other slices' activations and weights, took a
 * second round per minibatch and slowed the forward and backward steps on two threads by some 15 %.)
 *
 * <p>Determinism. Every number is computed by the same arithmetic in the same order whatever the
 * number of threads and however the hidden units are split: apart from the logits, every sum runs
 * inside one unit's computation, and the logits' sums run inside one block and then over the blocks in
 * order, in one thread. Same data, options and seed give bit-identical weights.
 *
 * <p>Two tiers. This is the <b>fast tier</b> of one-hidden-layer training: float32, sparse inputs,
 * a thread team, the arithmetic laid out for speed. {@link thw2.nn.Mlp} run by
 * {@link thw2.optim.Sgd} is the <b>reference tier</b>: double precision, dense, one plain loop
 * through {@link thw2.optim.Optimizer}. From the same initial weights, on the same minibatches and
 * with the same learning rate the two agree within a bound derived from float32 rounding (the test
 * {@code TiersAgreeTest}); a change to either that alters the mathematics breaks that test.
 */
public final class NetTrainer {
    private NetTrainer() {}

    /**
     * Training counts as diverged when an epoch's running error is no better than always answering the
     * most common class after the mean training loss of that or an earlier epoch exceeded this multiple of
     * the untrained net's loss (some 23 nats: a probability of about 1e-10 for the right class on average).
     * That is what too large a step does to ReLU nets: the loss leaps, every hidden unit dies, the net
     * answers the same class for every digit. Runs that learn, even noisy ones, do not trip it: tanh units
     * at η = 1 to 10 start at 70–2,900 nats but with errors below chance, and both fall from there.
     */
    public static final double DIVERGED_LOSS_RATIO = 10;

    /**
     * Training counts as diverged, whatever its error, when an epoch's mean training loss exceeds this
     * multiple of the untrained net's loss: the weights have grown beyond any sensible scale (tanh or
     * sigmoid units at η = 10¹⁰ still sort many digits, like a perceptron, with losses of 10¹¹).
     */
    public static final double EXPLODED_LOSS_RATIO = 1e6;

    /** Trains quietly. */
    public static TrainingResult train(DigitSet train, TrainingOptions options) {
        return train(train, options, TrainingListener.quiet());
    }

    /**
     * Trains, telling {@code listener} about every epoch.
     *
     * @throws IllegalArgumentException   if {@code train} is empty, or if training would need more memory
     *                                     than this JVM has left (the message says how much)
     * @throws TrainingDivergedException   if training diverges: a minibatch's loss is not a finite number;
     *                                     or an epoch's mean training loss exceeds {@value
     *                                     #DIVERGED_LOSS_RATIO} times that of the untrained net (the larger
     *                                     of ln 10 and the loss of the first minibatch) and the running error
     *                                     of that or a later epoch is no better than always answering the
     *                                     most common class; or an epoch's mean training loss exceeds
     *                                     {@value #EXPLODED_LOSS_RATIO} times that of the untrained net. The
     *                                     listener has seen that epoch.
     */
    public static TrainingResult train(DigitSet train, TrainingOptions options, TrainingListener listener) {
        Require.notNull(train, "train");
        Require.notNull(options, "options");
        Require.notNull(listener, "listener");
        if (train.size() == 0) {
            throw new IllegalArgumentException("train must not be empty");
        }
        if (train.pixelsPerImage() < 1) {
            throw new IllegalArgumentException("train must have at least one pixel per image, got "
                    + train.pixelsPerImage());
        }
        Runtime rt = Runtime.getRuntime();
        requireMemory(train.pixelsPerImage(), options.hidden(), Math.min(options.batchSize(), train.size()),
                rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()), rt.maxMemory());
        Engine e = new Engine(SparseImages.of(train), options);
        List<EpochSummary> history = e.run(listener);
        OneHiddenLayerNet net = new OneHiddenLayerNet(ActivationKernel.of(options.activation()), e.inputWeights(), e.hiddenBiases(),
                e.outputWeights(), e.b2.clone(), options.describe(train.pixelsPerImage()) + " on " + train.name());
        return new TrainingResult(net, history);
    }

    /**
     * Bytes that training a P-H-10 net with minibatches of {@code batch} takes beyond the data, roughly:
     * W₁ twice (the trainer's, the result's), the batch's activations, gradients and their transpose,
     * the blocks' shares of the logits, and the batch's pixel lists.
     */
    static long memoryNeeded(int inputs, int hidden, int batch) {
        long weights = 4L * inputs * (hidden + Engine.PAD) + 4L * inputs * hidden + 32L * inputs;
        long perBatch = 4L * batch * (hidden + Engine.PAD) * 2 + 4L * hidden * (batch + Engine.PAD) + 16L * hidden
                + 4L * (2L * hidden / Engine.UNIT_BLOCK + 1) * DigitSet.CLASSES * (batch + Engine.PAD);
        long lists = 2 * (8L * batch * inputs + 20L * inputs);
        return weights + perBatch + lists + 4L * DigitSet.CLASSES * hidden * 3;
    }

    /** Throws if {@link #memoryNeeded} exceeds {@code available} bytes (of a heap limited to {@code max}). */
    static void requireMemory(int inputs, int hidden, int batch, long available, long max) {
        long needed = memoryNeeded(inputs, hidden, batch);
        if (needed > available) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "hidden = %d with %d inputs and batches of %d needs about %.2f GB to train; this JVM has "
                            + "%.2f GB left (its limit, -Xmx, is %.2f GB): use fewer hidden units or a smaller "
                            + "batchSize", hidden, inputs, batch, needed / 1e9, available / 1e9, max / 1e9));
        }
    }

    /** All mutable training state; one instance per run. */
    static final class Engine {
        private static final int K = DigitSet.CLASSES;
        /**
         * The logits' sum over hidden units runs over consecutive blocks of this many units (the last block
         * may be shorter), and every slice is a whole number of blocks: a block's share of the logits is
         * computed by the thread that owns its units, from data that thread alone writes.
         */
        static final int UNIT_BLOCK = 64;
        /**
         * Padding (in floats) at the end of every row that one thread writes, so that no 64-byte cache
         * line holds entries that two threads write.
         */
        static final int PAD = 16;
        /** 0, 1, 2, …: the batch positions, to name the rows act[0], act[1], … in accumulate(). */
        private final int[] positions;

        static {
            if (K != 10) {
                throw new AssertionError("gradient() is written for 10 classes");
            }
        }

        final SparseImages data;
        final TrainingOptions o;
        final int inputs;
        final int hidden;
        final int batch;
        final ActivationKernel f;

        /** One slice of hidden units per member of the thread team, in order. */
        final Slice[] slices;
        final float[] b2 = new float[K];

        // per-batch state shared by the team
        final float[][] z;     // z[k][n]: logits, written by the calling thread
        final float[][] delta; // delta[n][k] = (p − e_y)/B, written by the calling thread
        final int[] samples;

        // pixel-major lists, double-buffered: while the b-th batch of the run (from 0) is processed, the
        // lists of batch b − 1 (for its backward step) are in columns[b & 1] and those of batch b are
        // written to columns[(b + 1) & 1]
        final Columns[] columns;
        int batchIndex;
        int pendingLength;
        float pendingRate;

        double lossSum;
        int errorCount;

        Engine(SparseImages data, TrainingOptions o) {
            this.data = data;
            this.o = o;
            this.inputs = data.inputs;
            this.hidden = o.hidden();
            this.batch = Math.min(o.batchSize(), data.size);
            this.f = ActivationKernel.of(o.activation());
            z = new float[K][batch + PAD];
            delta = new float[batch][K];
            samples = new int[batch];
            positions = java.util.stream.IntStream.range(0, batch).toArray();
            int maxNnz = 0;
            int[] sizes = new int[data.size];
            for (int i = 0; i < data.size; i++) {
                sizes[i] = data.start[i + 1] - data.start[i];
            }
            Arrays.sort(sizes);
            for (int i = 0; i < batch; i++) {
                maxNnz += sizes[data.size - 1 - i];
            }
            columns = new Columns[] {new Columns(inputs, maxNnz), new Columns(inputs, maxNnz)};
            int members = Math.min(o.threads(), Math.max(1, hidden / UNIT_BLOCK));
            // member 0 (the calling thread) also lists each batch's pixels and computes the softmax: give
            // it fewer units
            double[] weight = new double[members];
            Arrays.fill(weight, 1.0);
            if (members > 1) {
                weight[0] = 0.92;
            }
            double total = Arrays.stream(weight).sum();
            int[] unitStart = new int[members + 1];
            double acc = 0;
            for (int m = 0; m < members; m++) {
                unitStart[m] = (int) Math.round(hidden * acc / total / UNIT_BLOCK) * UNIT_BLOCK;
                acc += weight[m];
            }
            unitStart[members] = hidden;
            int scratch = Math.max(inputs, batch);
            slices = new Slice[members];
            for (int m = 0; m < members; m++) {
                slices[m] = new Slice(unitStart[m], unitStart[m + 1] - unitStart[m], inputs, batch, scratch);
            }
        }

        List<EpochSummary> run(TrainingListener listener) {
            SplittableRandom root = new SplittableRandom(o.seed());
            initialize(root.split());
            SplittableRandom shuffle = root.split();
            int n = data.size;
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            List<EpochSummary> history = new ArrayList<>();
            Team team = new Team(slices.length);
            long t0 = System.nanoTime();
            try {
                boolean pending = false;
                double untrained = Double.NaN;
                double chance = chanceError();
                double peakLoss = 0;
                int peakEpoch = 0;
                int batches = (n + batch - 1) / batch;
                for (int e = 0; e < o.epochs(); e++) {
                    float eta = (float) o.learningRateOfEpoch(e);
                    Shuffle.inPlace(perm, shuffle);
                    lossSum = 0;
                    errorCount = 0;
                    for (int from = 0; from < n; from += batch) {
                        int len = Math.min(batch, n - from);
                        System.arraycopy(perm, from, samples, 0, len);
                        boolean doBackward = pending;
                        Columns listed = columns[batchIndex & 1];
                        Columns toList = columns[(batchIndex + 1) & 1];
                        team.run(m -> {
                            Slice s = slices[m];
                            if (doBackward) {
                                backward(s, listed);
                            }
                            forward(s, len);
                            if (m == 0) {
                                toList.build(data, samples, len); // for this batch's backward step
                            }
                        });
                        logits(len);
                        outputs(len, eta);
                        if (!Double.isFinite(lossSum)) {
                            throw diverged(e, eta, String.format(Locale.ROOT,
                                    "the loss of minibatch %d of %d is %s", from / batch + 1, batches, lossSum));
                        }
                        if (Double.isNaN(untrained)) {
                            untrained = Math.max(Math.log(K), lossSum / len);
                        }
                        batchIndex++;
                        pendingLength = len;
                        pendingRate = eta;
                        pending = true;
                    }
                    EpochSummary s = new EpochSummary(e, eta, lossSum / n, errorCount / (double) n,
                            System.nanoTime() - t0);
                    history.add(s);
                    listener.epochFinished(s, o);
                    if (s.meanLoss() > EXPLODED_LOSS_RATIO * untrained) {
                        throw diverged(e, eta, String.format(Locale.ROOT,
                                "its mean training loss, %.3g, is more than a million times that of the untrained "
                                        + "net (%.3g)", s.meanLoss(), untrained));
                    }
                    if (s.meanLoss() > peakLoss) {
                        peakLoss = s.meanLoss();
                        peakEpoch = e;
                    }
                    if (peakLoss > DIVERGED_LOSS_RATIO * untrained && s.trainingError() >= chance) {
                        throw diverged(e, eta, String.format(Locale.ROOT,
                                "its running error, %.1f %%, is no better than always answering the most common "
                                        + "class (%.1f %%), after the mean training loss rose to %.3g in epoch %d, "
                                        + "more than %.0f times that of the untrained net (%.3g)",
                                100 * s.trainingError(), 100 * chance, peakLoss, peakEpoch + 1, DIVERGED_LOSS_RATIO,
                                untrained));
                    }
                }
                if (pending) {
                    Columns listed = columns[batchIndex & 1];
                    team.run(m -> backward(slices[m], listed));
                    if (!parametersFinite()) {
                        int last = o.epochs() - 1;
                        throw diverged(last, pendingRate, "its last step made some weights infinite or NaN");
                    }
                }
            } finally {
                team.close();
            }
            return history;
        }

        /** Error of always answering the most common class of the training set. */
        private double chanceError() {
            int[] counts = new int[K];
            for (int y : data.labels) {
                counts[y]++;
            }
            return 1 - Arrays.stream(counts).max().orElseThrow() / (double) data.size;
        }

        private TrainingDivergedException diverged(int epoch, float eta, String what) {
            return new TrainingDivergedException(String.format(Locale.ROOT,
                    "training diverged in epoch %d of %d, whose learning rate is %.3g (learningRate %.3g × "
                            + "learningRateDecay %.3g^%d): %s; choose a smaller learningRate",
                    epoch + 1, o.epochs(), eta, o.learningRate(), o.learningRateDecay(), epoch, what), epoch, eta);
        }

        private boolean parametersFinite() {
            boolean finite = true;
            for (float v : b2) {
                finite &= Float.isFinite(v);
            }
            for (Slice s : slices) {
                for (float[] row : s.w1) {
                    finite &= allFinite(row, s.width);
                }
                for (float[] row : s.w2) {
                    finite &= allFinite(row, s.width);
                }
                finite &= allFinite(s.b1, s.width);
            }
            return finite;
        }

        private static boolean allFinite(float[] v, int w) {
            float sum = 0; // NaN or ±∞ in any entry makes the sum NaN or ±∞; v·0 is NaN for those
            for (int j = 0; j < w; j++) {
                sum += v[j] * 0f;
            }
            return sum == 0f;
        }

        private void initialize(SplittableRandom rng) {
            double a1 = f == ActivationKernel.RELU ? Math.sqrt(6.0 / inputs) : Math.sqrt(6.0 / (inputs + hidden));
            double a2 = Math.sqrt(6.0 / (hidden + K));
            // the same draws in the same order as for a P×H matrix filled row by row: pixel p, then unit j
            for (int p = 0; p < inputs; p++) {
                for (Slice s : slices) {
                    float[] row = s.w1[p];
                    for (int j = 0; j < s.width; j++) {
                        row[j] = (float) ((2 * rng.nextDouble() - 1) * a1);
                    }
                }
            }
            for (int k = 0; k < K; k++) {
                for (Slice s : slices) {
                    float[] row = s.w2[k];
                    for (int j = 0; j < s.width; j++) {
                        row[j] = (float) ((2 * rng.nextDouble() - 1) * a2);
                    }
                }
            }
        }

        /** W₁ as a P×H matrix (a copy). */
        float[][] inputWeights() {
            float[][] w1 = new float[inputs][hidden];
            for (int p = 0; p < inputs; p++) {
                for (Slice s : slices) {
                    System.arraycopy(s.w1[p], 0, w1[p], s.lo, s.width);
                }
            }
            return w1;
        }

        float[] hiddenBiases() {
            float[] b1 = new float[hidden];
            for (Slice s : slices) {
                System.arraycopy(s.b1, 0, b1, s.lo, s.width);
            }
            return b1;
        }

        float[][] outputWeights() {
            float[][] w2 = new float[K][hidden];
            for (int k = 0; k < K; k++) {
                for (Slice s : slices) {
                    System.arraycopy(s.w2[k], 0, w2[k], s.lo, s.width);
                }
            }
            return w2;
        }

        /**
         * Hidden layer of the current batch for the units of slice s (act, then its transpose actT), and
         * each of the slice's blocks' share of the logits (its {@code blockLogits}).
         */
        void forward(Slice s, int len) {
            final int[] start = data.start;
            final int w = s.width;
            for (int n = 0; n < len; n++) {
                int sample = samples[n];
                int q0 = start[sample];
                float[] h = s.act[n];
                System.arraycopy(s.b1, 0, h, 0, w);
                RowKernels.accumulate(h, data.value, q0, s.w1, data.index, q0, start[sample + 1] - q0, w);
                f.applyInPlace(h, 0, w);
            }
            // actT[j][n] = act[n][j], sixteen samples at a time: each row of actT is written in order while
            // the sixteen rows of act being read stay in the L1 cache
            final float[][] act = s.act;
            final float[][] actT = s.actT;
            for (int n0 = 0; n0 < len; n0 += 16) {
                int n1 = Math.min(len, n0 + 16);
                for (int j = 0; j < w; j++) {
                    float[] t = actT[j];
                    for (int n = n0; n < n1; n++) {
                        t[n] = act[n][j];
                    }
                }
            }
            for (int b = 0; b < s.blockLogits.length; b++) {
                int from = b * UNIT_BLOCK;
                blockLogits(s.blockLogits[b], s, from, Math.min(w, from + UNIT_BLOCK), len);
            }
        }

        /**
         * One block's share of the logits: out[k][n] = Σⱼ W₂[k][j]·a_n[j] over the slice's units j ∈ [from,
         * to), in groups of four units summed left to right and added to the running total from 0, then
         * the last one to three units one by one.
         */
        private static void blockLogits(float[][] out, Slice s, int from, int to, int len) {
            final float[][] actT = s.actT;
            for (int k = 0; k < K; k++) {
                float[] zk = out[k];
                Arrays.fill(zk, 0, len, 0f);
                float[] wk = s.w2[k];
                int j = from;
                for (; j + 3 < to; j += 4) {
                    float v0 = wk[j];
                    float v1 = wk[j + 1];
                    float v2 = wk[j + 2];
                    float v3 = wk[j + 3];
                    float[] a0 = actT[j];
                    float[] a1 = actT[j + 1];
                    float[] a2 = actT[j + 2];
                    float[] a3 = actT[j + 3];
                    for (int n = 0; n < len; n++) {
                        zk[n] += v0 * a0[n] + v1 * a1[n] + v2 * a2[n] + v3 * a3[n];
                    }
                }
                for (; j < to; j++) {
                    float v0 = wk[j];
                    float[] a0 = actT[j];
                    for (int n = 0; n < len; n++) {
                        zk[n] += v0 * a0[n];
                    }
                }
            }
        }

        /**
         * Logits z[k][n] = b₂[k] + Σ_blocks (block's share), the blocks' shares added in unit order: the
         * same sum whatever the number of threads, since blocks never straddle two slices.
         */
        void logits(int len) {
            for (int k = 0; k < K; k++) {
                float[] zk = z[k];
                Arrays.fill(zk, 0, len, b2[k]);
                for (Slice s : slices) {
                    for (float[][] block : s.blockLogits) {
                        float[] p = block[k];
                        for (int n = 0; n < len; n++) {
                            zk[n] += p[n];
                        }
                    }
                }
            }
        }

        /** Loss, errors and δ of the current batch from its logits; then the step on b₂. Calling thread only. */
        void outputs(int len, float eta) {
            double[] p = new double[K];
            for (int n = 0; n < len; n++) {
                int y = data.labels[samples[n]];
                double m = Double.NEGATIVE_INFINITY;
                int best = 0;
                for (int k = 0; k < K; k++) {
                    float v = z[k][n];
                    if (v > m) {
                        m = v;
                        best = k;
                    }
                }
                double sum = 0;
                for (int k = 0; k < K; k++) {
                    p[k] = Math.exp(z[k][n] - m);
                    sum += p[k];
                }
                lossSum += Math.log(sum) - (z[y][n] - m);
                if (best != y) {
                    errorCount++;
                }
                for (int k = 0; k < K; k++) {
                    delta[n][k] = (float) ((p[k] / sum - (k == y ? 1.0 : 0.0)) / len);
                }
            }
            for (int k = 0; k < K; k++) {
                float s = 0;
                for (int n = 0; n < len; n++) {
                    s += delta[n][k];
                }
                b2[k] -= eta * s;
            }
        }

        /** Backward step of the pending batch, whose pixels {@code cols} lists, for the units of slice s. */
        void backward(Slice s, Columns cols) {
            int len = pendingLength;
            float eta = pendingRate;
            int w = s.width;
            // g_n = f'(·) ⊙ W₂ᵀ δ_n, with the W₂ of the forward step
            for (int n = 0; n < len; n++) {
                gradient(s.grad[n], delta[n], s.w2, s.act[n], w);
            }
            // W₂ −= η Σ_n δ_n a_nᵀ
            float[] acc = s.acc;
            for (int k = 0; k < K; k++) {
                for (int n = 0; n < len; n++) {
                    s.coef[n] = delta[n][k];
                }
                Arrays.fill(acc, 0, w, 0f);
                RowKernels.accumulate(acc, s.coef, 0, s.act, positions, 0, len, w);
                RowKernels.step(s.w2[k], eta, acc, w);
            }
            // b₁ −= η Σ_n g_n
            RowKernels.sum(acc, s.grad, len, w);
            RowKernels.step(s.b1, eta, acc, w);
            // W₁ −= η Σ_n x_n g_nᵀ, row by row over the pixels the batch uses: row p gets
            // Σ over the samples n using p (in batch order) of (−η x_n[p])·g_n, in groups of four
            final float[] value = cols.value;
            final float[] coef = s.coef;
            for (int a = 0; a < cols.activeCount; a++) {
                int p = cols.active[a];
                int q0 = cols.start[p];
                int m = cols.start[p + 1] - q0;
                for (int i = 0; i < m; i++) {
                    coef[i] = -(eta * value[q0 + i]);
                }
                RowKernels.accumulate(s.w1[p], coef, 0, s.grad, cols.sample, q0, m, w);
            }
        }

        /**
         * g ← f'(·) ⊙ W₂ᵀd for one sample: (((((0 + s₀) + s₁) + s₂) + s₃) + s₄)·f'(a) with s_i =
         * d_{2i}W₂[2i] + d_{2i+1}W₂[2i+1], in three passes over the units.
         */
        private void gradient(float[] g, float[] d, float[][] w2, float[] a, int w) {
            float d0 = d[0];
            float d1 = d[1];
            float d2 = d[2];
            float d3 = d[3];
            float[] v0 = w2[0];
            float[] v1 = w2[1];
            float[] v2 = w2[2];
            float[] v3 = w2[3];
            for (int j = 0; j < w; j++) {
                g[j] = (0f + (d0 * v0[j] + d1 * v1[j])) + (d2 * v2[j] + d3 * v3[j]);
            }
            d0 = d[4];
            d1 = d[5];
            d2 = d[6];
            d3 = d[7];
            v0 = w2[4];
            v1 = w2[5];
            v2 = w2[6];
            v3 = w2[7];
            for (int j = 0; j < w; j++) {
                g[j] = (g[j] + (d0 * v0[j] + d1 * v1[j])) + (d2 * v2[j] + d3 * v3[j]);
            }
            d0 = d[8];
            d1 = d[9];
            v0 = w2[8];
            v1 = w2[9];
            switch (f) {
                case RELU:
                    // f' = [a > 0]; "+ 0f" turns −0 into +0, as "a > 0 ? g : 0" would for a = 0
                    for (int j = 0; j < w; j++) {
                        g[j] = (g[j] + (d0 * v0[j] + d1 * v1[j])) * RowKernels.positive(a[j]) + 0f;
                    }
                    break;
                case TANH:
                    for (int j = 0; j < w; j++) {
                        g[j] = (g[j] + (d0 * v0[j] + d1 * v1[j])) * (1f - a[j] * a[j]);
                    }
                    break;
                default:
                    for (int j = 0; j < w; j++) {
                        g[j] = (g[j] + (d0 * v0[j] + d1 * v1[j])) * (a[j] * (1f - a[j]));
                    }
            }
        }
    }

    /**
     * The hidden units [lo, lo + width) and everything that belongs to them alone: their columns of W₁
     * and W₂ (stored as rows of length width), their biases, and their outputs and gradients for the
     * current batch. One thread writes a slice; the rows are padded so that two slices never share a
     * cache line.
     */
    static final class Slice {
        final int lo;
        final int width;
        final float[][] w1;   // w1[p][j] = W₁[p][lo + j]
        final float[] b1;
        final float[][] w2;   // w2[k][j] = W₂[k][lo + j]
        final float[][] act;  // act[n][j]: output of hidden unit lo + j for sample n of the batch
        final float[][] actT; // actT[j][n] = act[n][j]
        final float[][][] blockLogits; // blockLogits[b][k][n]: block b's share of logit k of sample n
        final float[][] grad; // grad[n][j]: ∂L/∂(pre-activation of unit lo + j) for sample n
        final float[] acc;
        final float[] coef;   // work space: the coefficients of one accumulate() call

        Slice(int lo, int width, int inputs, int batch, int scratch) {
            this.lo = lo;
            this.width = width;
            int len = width + Engine.PAD;
            w1 = new float[inputs][len];
            b1 = new float[len];
            w2 = new float[DigitSet.CLASSES][len];
            act = new float[batch][len];
            actT = new float[width][batch + Engine.PAD];
            blockLogits = new float[(width + Engine.UNIT_BLOCK - 1) / Engine.UNIT_BLOCK][DigitSet.CLASSES][batch + Engine.PAD];
            grad = new float[batch][len];
            acc = new float[len];
            coef = new float[scratch];
        }
    }

    /** The non-zero pixels of one batch in pixel-major order (compressed sparse columns). */
    static final class Columns {
        final int[] start;
        final int[] count;
        final int[] sample;
        final float[] value;
        final int[] active;
        int activeCount;

        Columns(int inputs, int maxNnz) {
            start = new int[inputs + 1];
            count = new int[inputs];
            sample = new int[maxNnz];
            value = new float[maxNnz];
            active = new int[inputs];
        }

        /**
         * Builds the lists for samples[0…len): for every pixel p used by the batch (listed in
         * {@code active}, ascending), the batch positions n using it (ascending) and the intensities.
         */
        void build(SparseImages data, int[] samples, int len) {
            final int[] dStart = data.start;
            final int[] index = data.index;
            final float[] val = data.value;
            int inputs = count.length;
            Arrays.fill(count, 0);
            for (int n = 0; n < len; n++) {
                int s = samples[n];
                for (int q = dStart[s]; q < dStart[s + 1]; q++) {
                    count[index[q]]++;
                }
            }
            activeCount = 0;
            int pos = 0;
            for (int p = 0; p < inputs; p++) {
                start[p] = pos;
                if (count[p] > 0) {
                    active[activeCount++] = p;
                    pos += count[p];
                    count[p] = 0;
                }
            }
            start[inputs] = pos;
            for (int n = 0; n < len; n++) {
                int s = samples[n];
                for (int q = dStart[s]; q < dStart[s + 1]; q++) {
                    int p = index[q];
                    int at = start[p] + count[p]++;
                    sample[at] = n;
                    value[at] = val[q];
                }
            }
        }
    }
}
