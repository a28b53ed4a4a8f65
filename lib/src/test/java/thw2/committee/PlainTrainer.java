package thw2.committee;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import thw2.digits.DigitSet;
import thw2.random.Shuffle;

/**
 * The arithmetic that {@link NetTrainer} documents, written as plain loops over dense arrays: one
 * sample, one unit, one class at a time, no slices, no fused passes, no pipelining, no threads. Its
 * weights must agree with NetTrainer's to the bit: every sum in the same order, every float rounding
 * in the same place.
 */
final class PlainTrainer {
    private static final int K = DigitSet.CLASSES;

    final float[][] w1;
    final float[] b1;
    final float[][] w2;
    final float[] b2 = new float[K];
    final List<Double> meanLoss = new ArrayList<>();

    PlainTrainer(DigitSet set, TrainingOptions o) {
        int n = set.size();
        int inputs = set.pixelsPerImage();
        int hidden = o.hidden();
        int batch = Math.min(o.batchSize(), n);
        ActivationKernel f = ActivationKernel.of(o.activation());
        w1 = new float[inputs][hidden];
        b1 = new float[hidden];
        w2 = new float[K][hidden];
        SplittableRandom root = new SplittableRandom(o.seed());
        SplittableRandom init = root.split();
        SplittableRandom shuffle = root.split();
        double a1 = f == ActivationKernel.RELU ? Math.sqrt(6.0 / inputs) : Math.sqrt(6.0 / (inputs + hidden));
        double a2 = Math.sqrt(6.0 / (hidden + K));
        for (float[] row : w1) {
            for (int j = 0; j < hidden; j++) {
                row[j] = (float) ((2 * init.nextDouble() - 1) * a1);
            }
        }
        for (float[] row : w2) {
            for (int j = 0; j < hidden; j++) {
                row[j] = (float) ((2 * init.nextDouble() - 1) * a2);
            }
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int e = 0; e < o.epochs(); e++) {
            float eta = (float) o.learningRateOfEpoch(e);
            Shuffle.inPlace(perm, shuffle);
            double lossSum = 0;
            for (int from = 0; from < n; from += batch) {
                int len = Math.min(batch, n - from);
                int[] idx = new int[len];
                System.arraycopy(perm, from, idx, 0, len);
                // forward: h = b₁ + Σ_p x[p]·W₁[p], pixels ascending, in groups of four, then one by one
                float[][] act = new float[len][hidden];
                for (int s = 0; s < len; s++) {
                    int[] pix = inked(set, idx[s]);
                    for (int j = 0; j < hidden; j++) {
                        float h = b1[j];
                        int q = 0;
                        for (; q + 3 < pix.length; q += 4) {
                            h += x(set, idx[s], pix[q]) * w1[pix[q]][j] + x(set, idx[s], pix[q + 1]) * w1[pix[q + 1]][j]
                                    + x(set, idx[s], pix[q + 2]) * w1[pix[q + 2]][j]
                                    + x(set, idx[s], pix[q + 3]) * w1[pix[q + 3]][j];
                        }
                        for (; q < pix.length; q++) {
                            h += x(set, idx[s], pix[q]) * w1[pix[q]][j];
                        }
                        act[s][j] = f.apply(h);
                    }
                }
                // logits z = b₂ + W₂a: b₂ plus the shares of blocks of 64 units, block after block; a block's
                // share is 0 plus its units in groups of four, then one by one; softmax in double
                float[][] delta = new float[len][K];
                for (int s = 0; s < len; s++) {
                    float[] z = new float[K];
                    for (int k = 0; k < K; k++) {
                        float v = b2[k];
                        for (int lo = 0; lo < hidden; lo += 64) {
                            int to = Math.min(hidden, lo + 64);
                            float share = 0f;
                            int j = lo;
                            for (; j + 3 < to; j += 4) {
                                share += w2[k][j] * act[s][j] + w2[k][j + 1] * act[s][j + 1]
                                        + w2[k][j + 2] * act[s][j + 2] + w2[k][j + 3] * act[s][j + 3];
                            }
                            for (; j < to; j++) {
                                share += w2[k][j] * act[s][j];
                            }
                            v += share;
                        }
                        z[k] = v;
                    }
                    int y = set.label(idx[s]);
                    double m = Double.NEGATIVE_INFINITY;
                    for (float v : z) {
                        m = Math.max(m, v);
                    }
                    double[] p = new double[K];
                    double sum = 0;
                    for (int k = 0; k < K; k++) {
                        p[k] = Math.exp(z[k] - m);
                        sum += p[k];
                    }
                    lossSum += Math.log(sum) - (z[y] - m);
                    for (int k = 0; k < K; k++) {
                        delta[s][k] = (float) ((p[k] / sum - (k == y ? 1.0 : 0.0)) / len);
                    }
                }
                for (int k = 0; k < K; k++) {
                    float s = 0;
                    for (int i = 0; i < len; i++) {
                        s += delta[i][k];
                    }
                    b2[k] -= eta * s;
                }
                // g = f'(·) ⊙ W₂ᵀδ, classes in pairs
                float[][] g = new float[len][hidden];
                for (int s = 0; s < len; s++) {
                    for (int j = 0; j < hidden; j++) {
                        float v = 0f;
                        for (int k = 0; k < K; k += 2) {
                            v += delta[s][k] * w2[k][j] + delta[s][k + 1] * w2[k + 1][j];
                        }
                        g[s][j] = f == ActivationKernel.RELU ? (act[s][j] > 0 ? v : 0f) : v * f.derivativeFromOutput(act[s][j]);
                    }
                }
                // W₂ −= η Σ_s δ_s a_sᵀ, samples in groups of four, then one by one
                for (int k = 0; k < K; k++) {
                    for (int j = 0; j < hidden; j++) {
                        float acc = 0f;
                        int s = 0;
                        for (; s + 3 < len; s += 4) {
                            acc += delta[s][k] * act[s][j] + delta[s + 1][k] * act[s + 1][j] + delta[s + 2][k] * act[s + 2][j]
                                    + delta[s + 3][k] * act[s + 3][j];
                        }
                        for (; s < len; s++) {
                            acc += delta[s][k] * act[s][j];
                        }
                        w2[k][j] -= eta * acc;
                    }
                }
                // b₁ −= η Σ_s g_s, one by one
                for (int j = 0; j < hidden; j++) {
                    float acc = 0f;
                    for (int s = 0; s < len; s++) {
                        acc += g[s][j];
                    }
                    b1[j] -= eta * acc;
                }
                // W₁[p] −= Σ over the samples s using pixel p, in batch order, of (η x_s[p])·g_s, in groups of four
                for (int p = 0; p < inputs; p++) {
                    List<Integer> users = new ArrayList<>();
                    for (int s = 0; s < len; s++) {
                        if (set.grey(idx[s], p) != 0) {
                            users.add(s);
                        }
                    }
                    for (int j = 0; j < hidden; j++) {
                        int u = 0;
                        for (; u + 3 < users.size(); u += 4) {
                            int s0 = users.get(u);
                            int s1 = users.get(u + 1);
                            int s2 = users.get(u + 2);
                            int s3 = users.get(u + 3);
                            w1[p][j] -= eta * x(set, idx[s0], p) * g[s0][j] + eta * x(set, idx[s1], p) * g[s1][j]
                                    + eta * x(set, idx[s2], p) * g[s2][j] + eta * x(set, idx[s3], p) * g[s3][j];
                        }
                        for (; u < users.size(); u++) {
                            int s0 = users.get(u);
                            w1[p][j] -= eta * x(set, idx[s0], p) * g[s0][j];
                        }
                    }
                }
            }
            meanLoss.add(lossSum / n);
        }
    }

    private static float x(DigitSet set, int i, int p) {
        return set.grey(i, p) / 255f;
    }

    private static int[] inked(DigitSet set, int i) {
        return java.util.stream.IntStream.range(0, set.pixelsPerImage()).filter(p -> set.grey(i, p) != 0).toArray();
    }

    /** Parameters in the order of {@link OneHiddenLayerNet#parameterVector()}. */
    float[] parameterVector() {
        int inputs = w1.length;
        int hidden = b1.length;
        float[] out = new float[inputs * hidden + hidden + K * hidden + K];
        int o = 0;
        for (float[] row : w1) {
            System.arraycopy(row, 0, out, o, hidden);
            o += hidden;
        }
        System.arraycopy(b1, 0, out, o, hidden);
        o += hidden;
        for (float[] row : w2) {
            System.arraycopy(row, 0, out, o, hidden);
            o += hidden;
        }
        System.arraycopy(b2, 0, out, o, K);
        return out;
    }
}
