package thw2.committee;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import thw2.check.Require;
import thw2.data.Shuffle;
import thw2.digits.DigitSet;

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
 * <p>Speed. Only the non-zero pixels of x_n enter W₁ᵀx_n and x_n g_nᵀ (MNIST is 74–88 % zeros),
 * four pixels (or four samples) per pass over a row so the JIT's vectorized loops load and store the
 * accumulator once per four rows. The hidden units are split into one contiguous range per thread;
 * each thread does the backward step of batch t and then the forward step of batch t+1 for its
 * range (both touch only its own columns of W₁, W₂ and b₁), and the calling thread also lists the
 * batch's pixels pixel by pixel for the next backward step; then the calling thread computes the 10
 * outputs and δ. One synchronization per minibatch.
 *
 * <p>Determinism. Every number is computed by the same arithmetic in the same order whatever the
 * number of threads and however the hidden units are split: the sums over pixels, samples and
 * classes run in a fixed order inside one unit's computation, and sums over hidden units (the
 * outputs) are done by one thread. Same data, options and seed give bit-identical weights.
 */
public final class NetTrainer {
    private NetTrainer() {}

    /** Trains quietly. */
    public static TrainingResult train(DigitSet train, TrainingOptions options) {
        return train(train, options, TrainingListener.quiet());
    }

    /** Trains, telling {@code listener} about every epoch. */
    public static TrainingResult train(DigitSet train, TrainingOptions options, TrainingListener listener) {
        Require.notNull(train, "train");
        Require.notNull(options, "options");
        Require.notNull(listener, "listener");
        if (train.size() == 0) {
            throw new IllegalArgumentException("train must not be empty");
        }
        Engine e = new Engine(SparseImages.of(train), options);
        List<EpochSummary> history = e.run(listener);
        OneHiddenLayerNet net = new OneHiddenLayerNet(options.activation(), e.w1, e.b1, e.w2, e.b2,
                options + " on " + train.name());
        return new TrainingResult(net, history);
    }

    /** All mutable training state; one instance per run. */
    static final class Engine {
        private static final int K = DigitSet.CLASSES;

        final SparseImages data;
        final TrainingOptions o;
        final int inputs;
        final int hidden;
        final int batch;
        final HiddenActivation f;

        final float[][] w1;
        final float[] b1;
        final float[][] w2;
        final float[] b2;

        // per-batch work space
        final float[][] act;   // act[n][j]: hidden outputs of sample n of the batch
        final float[][] grad;  // grad[n][j]: ∂L/∂(pre-activation) of hidden unit j for sample n
        final float[][] actT;  // actT[j][n] = act[n][j]
        final float[][] z;     // z[k][n]: logits
        final float[][] delta; // delta[n][k] = (p − e_y)/B
        final float[] scratch; // per hidden unit, each thread uses its own range
        final int[] samples;

        // pixel-major lists, double-buffered: while the b-th batch of the run (from 0) is processed, the
        // lists of batch b − 1 (for its backward step) are in columns[b & 1] and those of batch b are
        // written to columns[(b + 1) & 1]
        final Columns[] columns;
        int batchIndex;
        int pendingLength;
        float pendingRate;

        final int[] chunkStart;

        double lossSum;
        int errorCount;

        Engine(SparseImages data, TrainingOptions o) {
            this.data = data;
            this.o = o;
            this.inputs = data.inputs;
            this.hidden = o.hidden();
            this.batch = Math.min(o.batchSize(), data.size);
            this.f = o.activation();
            w1 = new float[inputs][hidden];
            b1 = new float[hidden];
            w2 = new float[K][hidden];
            b2 = new float[K];
            act = new float[batch][hidden];
            grad = new float[batch][hidden];
            actT = new float[hidden][batch];
            z = new float[K][batch];
            delta = new float[batch][K];
            scratch = new float[hidden];
            samples = new int[batch];
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
            int t = Math.min(o.threads(), Math.max(1, hidden / 8));
            // chunk 0 (the calling thread) also lists each batch's pixels: give it ~8 % fewer units
            double[] weight = new double[t];
            Arrays.fill(weight, 1.0);
            if (t > 1) {
                weight[0] = 0.92;
            }
            double total = Arrays.stream(weight).sum();
            chunkStart = new int[t + 1];
            double acc = 0;
            for (int c = 0; c < t; c++) {
                chunkStart[c] = (int) Math.round(hidden * acc / total) / 8 * 8;
                acc += weight[c];
            }
            chunkStart[t] = hidden;
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
            Team team = new Team(chunkStart.length - 1);
            long t0 = System.nanoTime();
            try {
                boolean pending = false;
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
                        team.run(c -> {
                            if (doBackward) {
                                backward(c, listed);
                            }
                            forward(c, len);
                            if (c == 0) {
                                toList.build(data, samples, len); // for this batch's backward step
                            }
                        });
                        outputs(len, eta);
                        batchIndex++;
                        pendingLength = len;
                        pendingRate = eta;
                        pending = true;
                    }
                    EpochSummary s = new EpochSummary(e, eta, lossSum / n, errorCount / (double) n,
                            System.nanoTime() - t0);
                    history.add(s);
                    listener.epochFinished(s, o);
                }
                if (pending) {
                    Columns listed = columns[batchIndex & 1];
                    team.run(c -> backward(c, listed));
                }
            } finally {
                team.close();
            }
            return history;
        }

        private void initialize(SplittableRandom rng) {
            double a1 = f == HiddenActivation.RELU ? Math.sqrt(6.0 / inputs) : Math.sqrt(6.0 / (inputs + hidden));
            double a2 = Math.sqrt(6.0 / (hidden + K));
            for (float[] row : w1) {
                for (int j = 0; j < hidden; j++) {
                    row[j] = (float) ((2 * rng.nextDouble() - 1) * a1);
                }
            }
            for (float[] row : w2) {
                for (int j = 0; j < hidden; j++) {
                    row[j] = (float) ((2 * rng.nextDouble() - 1) * a2);
                }
            }
        }

        /** Hidden layer of the current batch for units [lo, hi) of chunk c: act, then actT. */
        void forward(int c, int len) {
            int lo = chunkStart[c];
            int hi = chunkStart[c + 1];
            if (lo == hi) {
                return;
            }
            forwardRange(lo, hi, len);
            for (int j = lo; j < hi; j++) {
                float[] col = actT[j];
                for (int n = 0; n < len; n++) {
                    col[n] = act[n][j];
                }
            }
        }

        private void forwardRange(int lo, int hi, int len) {
            final int[] start = data.start;
            final int[] index = data.index;
            final float[] value = data.value;
            for (int n = 0; n < len; n++) {
                int s = samples[n];
                float[] h = act[n];
                System.arraycopy(b1, lo, h, lo, hi - lo);
                int q = start[s];
                int end = start[s + 1];
                for (; q + 3 < end; q += 4) {
                    float x0 = value[q];
                    float x1 = value[q + 1];
                    float x2 = value[q + 2];
                    float x3 = value[q + 3];
                    float[] r0 = w1[index[q]];
                    float[] r1 = w1[index[q + 1]];
                    float[] r2 = w1[index[q + 2]];
                    float[] r3 = w1[index[q + 3]];
                    for (int j = lo; j < hi; j++) {
                        h[j] += x0 * r0[j] + x1 * r1[j] + x2 * r2[j] + x3 * r3[j];
                    }
                }
                for (; q < end; q++) {
                    float x0 = value[q];
                    float[] r0 = w1[index[q]];
                    for (int j = lo; j < hi; j++) {
                        h[j] += x0 * r0[j];
                    }
                }
                f.applyInPlace(h, lo, hi);
            }
        }

        /** Logits, loss, errors and δ of the current batch; then the step on b₂. Calling thread only. */
        void outputs(int len, float eta) {
            for (int k = 0; k < K; k++) {
                float[] zk = z[k];
                float[] wk = w2[k];
                Arrays.fill(zk, 0, len, b2[k]);
                int j = 0;
                for (; j + 3 < hidden; j += 4) {
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
                for (; j < hidden; j++) {
                    float v0 = wk[j];
                    float[] a0 = actT[j];
                    for (int n = 0; n < len; n++) {
                        zk[n] += v0 * a0[n];
                    }
                }
            }
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

        /** Backward step of the pending batch, whose pixels {@code cols} lists, for the units of chunk c. */
        void backward(int c, Columns cols) {
            int lo = chunkStart[c];
            int hi = chunkStart[c + 1];
            if (lo == hi) {
                return;
            }
            int len = pendingLength;
            float eta = pendingRate;
            // g_n = f'(·) ⊙ W₂ᵀ δ_n, with the W₂ of the forward step
            for (int n = 0; n < len; n++) {
                float[] g = grad[n];
                float[] d = delta[n];
                Arrays.fill(g, lo, hi, 0f);
                int k = 0;
                for (; k + 1 < K; k += 2) {
                    float d0 = d[k];
                    float d1 = d[k + 1];
                    float[] v0 = w2[k];
                    float[] v1 = w2[k + 1];
                    for (int j = lo; j < hi; j++) {
                        g[j] += d0 * v0[j] + d1 * v1[j];
                    }
                }
                for (; k < K; k++) {
                    float d0 = d[k];
                    float[] v0 = w2[k];
                    for (int j = lo; j < hi; j++) {
                        g[j] += d0 * v0[j];
                    }
                }
                f.multiplyByDerivative(g, act[n], lo, hi);
            }
            // W₂ −= η Σ_n δ_n a_nᵀ
            float[] acc = scratch;
            for (int k = 0; k < K; k++) {
                Arrays.fill(acc, lo, hi, 0f);
                int n = 0;
                for (; n + 3 < len; n += 4) {
                    float d0 = delta[n][k];
                    float d1 = delta[n + 1][k];
                    float d2 = delta[n + 2][k];
                    float d3 = delta[n + 3][k];
                    float[] a0 = act[n];
                    float[] a1 = act[n + 1];
                    float[] a2 = act[n + 2];
                    float[] a3 = act[n + 3];
                    for (int j = lo; j < hi; j++) {
                        acc[j] += d0 * a0[j] + d1 * a1[j] + d2 * a2[j] + d3 * a3[j];
                    }
                }
                for (; n < len; n++) {
                    float d0 = delta[n][k];
                    float[] a0 = act[n];
                    for (int j = lo; j < hi; j++) {
                        acc[j] += d0 * a0[j];
                    }
                }
                float[] wk = w2[k];
                for (int j = lo; j < hi; j++) {
                    wk[j] -= eta * acc[j];
                }
            }
            // b₁ −= η Σ_n g_n
            Arrays.fill(acc, lo, hi, 0f);
            for (int n = 0; n < len; n++) {
                float[] g = grad[n];
                for (int j = lo; j < hi; j++) {
                    acc[j] += g[j];
                }
            }
            for (int j = lo; j < hi; j++) {
                b1[j] -= eta * acc[j];
            }
            // W₁ −= η Σ_n x_n g_nᵀ, row by row over the pixels the batch uses
            updateInputWeights(lo, hi, eta, cols);
        }

        private void updateInputWeights(int lo, int hi, float eta, Columns cols) {
            final int[] sample = cols.sample;
            final float[] value = cols.value;
            for (int a = 0; a < cols.activeCount; a++) {
                int p = cols.active[a];
                float[] row = w1[p];
                int q = cols.start[p];
                int end = cols.start[p + 1];
                for (; q + 3 < end; q += 4) {
                    float c0 = eta * value[q];
                    float c1 = eta * value[q + 1];
                    float c2 = eta * value[q + 2];
                    float c3 = eta * value[q + 3];
                    float[] g0 = grad[sample[q]];
                    float[] g1 = grad[sample[q + 1]];
                    float[] g2 = grad[sample[q + 2]];
                    float[] g3 = grad[sample[q + 3]];
                    for (int j = lo; j < hi; j++) {
                        row[j] -= c0 * g0[j] + c1 * g1[j] + c2 * g2[j] + c3 * g3[j];
                    }
                }
                for (; q < end; q++) {
                    float c0 = eta * value[q];
                    float[] g0 = grad[sample[q]];
                    for (int j = lo; j < hi; j++) {
                        row[j] -= c0 * g0[j];
                    }
                }
            }
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
