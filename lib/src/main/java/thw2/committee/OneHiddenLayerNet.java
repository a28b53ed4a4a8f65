package thw2.committee;

import java.util.stream.IntStream;
import thw2.args.Require;
import thw2.digits.DigitSet;
import thw2.nn.Activation;

/**
 * A trained one-hidden-layer classifier, P-H-10 (P = 784 for MNIST), immutable:
 *
 * <pre>  a = f(W₁ᵀx + b₁),   p = softmax(W₂a + b₂),</pre>
 *
 * with W₁ ∈ ℝ^{P×H} (entry (p, j) is {@link #inputWeight}), b₁ ∈ ℝ^H, W₂ ∈ ℝ^{10×H} (entry (k, j) is
 * {@link #outputWeight}), b₂ ∈ ℝ^{10}, all float32. Built by {@link NetTrainer}.
 */
public final class OneHiddenLayerNet {
    private final int inputs;
    private final int hidden;
    private final ActivationKernel activation;
    private final float[][] w1;
    private final float[] b1;
    private final float[][] w2;
    private final float[] b2;
    private final String description;

    /** Takes the arrays as they are (no copy): the caller must not keep or change them. */
    OneHiddenLayerNet(ActivationKernel activation, float[][] w1, float[] b1, float[][] w2, float[] b2,
                      String description) {
        this.inputs = w1.length;
        this.hidden = b1.length;
        this.activation = activation;
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
        this.description = description;
    }

    public int inputs() {
        return inputs;
    }

    public int hidden() {
        return hidden;
    }

    public int classes() {
        return b2.length;
    }

    /** The hidden layer's activation f. */
    public Activation activation() {
        return activation.activation;
    }

    /** How the net was trained (options and training set). */
    public String description() {
        return description;
    }

    /** W₁[p][j], the weight from input pixel p to hidden unit j. */
    public float inputWeight(int p, int j) {
        return w1[Require.inRange(p, 0, inputs - 1, "p")][Require.inRange(j, 0, hidden - 1, "j")];
    }

    /** b₁[j]. */
    public float hiddenBias(int j) {
        return b1[Require.inRange(j, 0, hidden - 1, "j")];
    }

    /** W₂[k][j], the weight from hidden unit j to class k. */
    public float outputWeight(int k, int j) {
        return w2[Require.inRange(k, 0, b2.length - 1, "k")][Require.inRange(j, 0, hidden - 1, "j")];
    }

    /** b₂[k]. */
    public float outputBias(int k) {
        return b2[Require.inRange(k, 0, b2.length - 1, "k")];
    }

    /** All parameters in the order W₁ (by pixel, then unit), b₁, W₂ (by class, then unit), b₂. */
    public float[] parameterVector() {
        float[] out = new float[inputs * hidden + hidden + b2.length * hidden + b2.length];
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
        System.arraycopy(b2, 0, out, o, b2.length);
        return out;
    }

    /** Class probabilities p[i][k] for every image of {@code set} (in double, from float32 logits). */
    public double[][] classProbabilities(DigitSet set) {
        Require.notNull(set, "set");
        if (set.pixelsPerImage() != inputs) {
            throw new IllegalArgumentException("set must have " + inputs + " pixels per image, got "
                    + set.pixelsPerImage());
        }
        SparseImages s = SparseImages.of(set);
        double[][] out = new double[s.size][];
        // each image is computed on its own, so the parallel loop gives the same numbers as a serial one
        IntStream.range(0, s.size).parallel().forEach(i -> {
            float[] h = new float[hidden];
            float[] z = new float[b2.length];
            logits(s, i, h, z);
            out[i] = softmax(z);
        });
        return out;
    }

    /** The most probable class of every image (ties to the smaller class). */
    public int[] predict(DigitSet set) {
        return Committee.argmaxRows(classProbabilities(set));
    }

    /** Fraction of {@code set} misclassified, with its binomial standard error. */
    public ErrorRate errorRate(DigitSet set) {
        requireNonEmpty(set);
        return ErrorRate.of(predict(set), set.labels());
    }

    /** Mean cross-entropy −(1/n) Σ log p[i][yᵢ] over {@code set}. */
    public double meanCrossEntropy(DigitSet set) {
        requireNonEmpty(set);
        double[][] p = classProbabilities(set);
        double s = 0;
        for (int i = 0; i < p.length; i++) {
            s -= Math.log(p[i][set.label(i)]);
        }
        return s / p.length;
    }

    private static void requireNonEmpty(DigitSet set) {
        Require.notNull(set, "set");
        if (set.size() == 0) {
            throw new IllegalArgumentException("set must not be empty");
        }
    }

    void logits(SparseImages s, int i, float[] h, float[] z) {
        System.arraycopy(b1, 0, h, 0, hidden);
        for (int q = s.start[i]; q < s.start[i + 1]; q++) {
            float x = s.value[q];
            float[] row = w1[s.index[q]];
            for (int j = 0; j < hidden; j++) {
                h[j] += x * row[j];
            }
        }
        activation.applyInPlace(h, 0, hidden);
        for (int k = 0; k < z.length; k++) {
            float[] row = w2[k];
            float acc = b2[k];
            for (int j = 0; j < hidden; j++) {
                acc += row[j] * h[j];
            }
            z[k] = acc;
        }
    }

    /** softmax(z) in double precision (the library's stable softmax, on the widened logits). */
    static double[] softmax(float[] z) {
        double[] wide = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            wide[k] = z[k];
        }
        return Activation.softmax(wide);
    }

    @Override
    public String toString() {
        return "OneHiddenLayerNet " + inputs + "-" + hidden + "-" + b2.length + " (" + description + ")";
    }
}
