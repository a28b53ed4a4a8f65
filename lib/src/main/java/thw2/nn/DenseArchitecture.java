package thw2.nn;

import java.util.Arrays;
import thw2.args.Require;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The shape of a fully connected network, n₀ → n₁ → … → n_L (n₀ inputs, n_L outputs), and the number
 * of its parameters. The i-th layer (1 ≤ i ≤ L) has an nᵢ × nᵢ₋₁ weight matrix and, if it has a bias,
 * nᵢ biases, so
 *
 * <pre>
 *   P = Σᵢ (nᵢ₋₁ + [bias in layer i])·nᵢ  =  Σᵢ (nᵢ₋₁ + 1)·nᵢ  when every layer has a bias.
 * </pre>
 *
 * A layer may be followed by batch normalization (Ioffe &amp; Szegedy, ICML 2015). Each of its nᵢ units
 * then has a scale γ and a shift β, trained like any weight (2nᵢ trainable parameters), and a running
 * mean and a running variance, which are averaged during training and used at inference but never
 * trained by gradient descent (2nᵢ non-trainable values). With batch normalization the layer's own
 * bias is redundant (β takes its place), so it is usually dropped:
 *
 * <pre>
 *   trainable     = Σᵢ (nᵢ₋₁ + [bias in layer i] + 2·[batch norm after layer i])·nᵢ
 *   non-trainable = Σᵢ 2·[batch norm after layer i]·nᵢ
 * </pre>
 *
 * As in {@link Mlp}, methods index layers from 0: layer l maps n_l inputs to n_{l+1} units (it is the
 * (l+1)-th layer of the formula). Counts are {@code long} and computed with exact arithmetic, so an
 * overflow throws instead of wrapping around. Immutable.
 */
public final class DenseArchitecture {
    private final int[] widths;
    private final boolean[] bias;
    private final boolean[] batchNorm;

    /**
     * The most layers an architecture may have: its table ({@link #breakdown()}) and its description
     * have a row or an entry per layer, and 20 million layers took 12 s to describe.
     */
    public static final int MAX_LAYERS = 100_000;

    private DenseArchitecture(int[] widths, boolean[] bias, boolean[] batchNorm) {
        this.widths = widths;
        this.bias = bias;
        this.batchNorm = batchNorm;
    }

    /** The architecture with layer widths n₀, n₁, …, n_L and a bias in every layer. */
    public static DenseArchitecture of(int... widths) {
        checkWidths(widths);
        boolean[] b = new boolean[widths.length - 1];
        Arrays.fill(b, true);
        return new DenseArchitecture(widths.clone(), b, new boolean[widths.length - 1]);
    }

    /**
     * The architecture with layer widths n₀, …, n_L; {@code bias[l]} says whether layer l (the map
     * n_l → n_{l+1}) has a bias, so {@code bias} has one entry per layer, L in all.
     */
    public static DenseArchitecture of(int[] widths, boolean[] bias) {
        checkWidths(widths);
        checkPerLayer(bias, "bias", widths.length - 1);
        return new DenseArchitecture(widths.clone(), bias.clone(), new boolean[widths.length - 1]);
    }

    /**
     * The architecture with layer widths n₀, …, n_L; {@code bias[l]} says whether layer l has a bias and
     * {@code batchNorm[l]} whether its n_{l+1} outputs are batch-normalized (one entry per layer each).
     */
    public static DenseArchitecture of(int[] widths, boolean[] bias, boolean[] batchNorm) {
        checkWidths(widths);
        checkPerLayer(bias, "bias", widths.length - 1);
        checkPerLayer(batchNorm, "batchNorm", widths.length - 1);
        return new DenseArchitecture(widths.clone(), bias.clone(), batchNorm.clone());
    }

    /**
     * This architecture with batch normalization after every hidden layer (every layer but the output
     * layer) and, when {@code dropHiddenBiases}, without those layers' biases, which β makes redundant.
     */
    public DenseArchitecture withBatchNormOnHiddenLayers(boolean dropHiddenBiases) {
        boolean[] b = bias.clone();
        boolean[] bn = new boolean[layerCount()];
        for (int l = 0; l < layerCount() - 1; l++) {
            bn[l] = true;
            if (dropHiddenBiases) {
                b[l] = false;
            }
        }
        return new DenseArchitecture(widths, b, bn);
    }

    private static void checkPerLayer(boolean[] flags, String name, int layers) {
        if (flags == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (flags.length != layers) {
            throw new IllegalArgumentException(name + " must have one entry per layer (" + layers + "), got "
                    + flags.length);
        }
    }

    /**
     * {@code input} → {@code hiddenLayers} hidden layers of {@code hiddenWidth} units → {@code output},
     * all with biases. The seed's network is {@code uniformHidden(20, 10, 5, 1)}.
     */
    public static DenseArchitecture uniformHidden(int input, int hiddenWidth, int hiddenLayers, int output) {
        Require.positive(input, "input");
        Require.positive(hiddenWidth, "hiddenWidth");
        Require.positive(output, "output");
        Require.inRange(hiddenLayers, 0, MAX_LAYERS - 1, "hiddenLayers");
        int[] w = new int[hiddenLayers + 2];
        Arrays.fill(w, hiddenWidth);
        w[0] = input;
        w[w.length - 1] = output;
        return of(w);
    }

    private static void checkWidths(int[] widths) {
        if (widths == null) {
            throw new IllegalArgumentException("widths must not be null");
        }
        if (widths.length < 2) {
            throw new IllegalArgumentException("widths must list at least an input and an output width, got "
                    + widths.length + " width(s)");
        }
        if (widths.length > MAX_LAYERS + 1) {
            throw new IllegalArgumentException("widths must list at most " + (MAX_LAYERS + 1) + " widths (" + MAX_LAYERS
                    + " layers), got " + widths.length);
        }
        for (int i = 0; i < widths.length; i++) {
            if (widths[i] < 1) {
                throw new IllegalArgumentException("widths[" + i + "] must be >= 1, got " + widths[i]);
            }
        }
    }

    /** The architecture of a built network: its widths and which layers have a bias. */
    public static DenseArchitecture of(Mlp net) {
        Require.notNull(net, "net");
        boolean[] b = new boolean[net.layerCount()];
        for (int l = 0; l < b.length; l++) {
            b[l] = net.hasBias(l);
        }
        return of(net.widths(), b);
    }

    /** The widths n₀, …, n_L (a copy). */
    public int[] widths() {
        return widths.clone();
    }

    /** The number of layers with weights, L. */
    public int layerCount() {
        return widths.length - 1;
    }

    /** Whether layer {@code layer} (0 ≤ layer &lt; L) has a bias. */
    public boolean hasBias(int layer) {
        return bias[checkLayer(layer)];
    }

    /** Whether the outputs of layer {@code layer} (0 ≤ layer &lt; L) are batch-normalized. */
    public boolean hasBatchNorm(int layer) {
        return batchNorm[checkLayer(layer)];
    }

    /** n_l·n_{l+1}, the weights of layer {@code layer} (0-based). */
    public long weightCount(int layer) {
        checkLayer(layer);
        return Math.multiplyExact((long) widths[layer], (long) widths[layer + 1]);
    }

    /** n_{l+1} if layer {@code layer} has a bias, else 0. */
    public long biasCount(int layer) {
        return hasBias(layer) ? widths[layer + 1] : 0;
    }

    /** 2·n_{l+1} (a γ and a β per unit) if layer {@code layer} is batch-normalized, else 0. Trainable. */
    public long batchNormScaleShiftCount(int layer) {
        return hasBatchNorm(layer) ? 2L * widths[layer + 1] : 0; // a γ and a β per unit
    }

    /**
     * 2·n_{l+1} (a running mean and a running variance per unit) if layer {@code layer} is
     * batch-normalized, else 0. Not trainable: they are averages kept for inference.
     */
    public long runningStatisticCount(int layer) {
        return hasBatchNorm(layer) ? 2L * widths[layer + 1] : 0; // a running mean and a running variance per unit
    }

    /** The trainable parameters of one layer, (n_l + [bias] + 2·[batch norm])·n_{l+1}. */
    public long parameterCount(int layer) {
        return Math.addExact(Math.addExact(weightCount(layer), biasCount(layer)), batchNormScaleShiftCount(layer));
    }

    /** All trainable parameters, Σᵢ (nᵢ₋₁ + [bias] + 2·[batch norm])·nᵢ. */
    public long parameterCount() {
        long p = 0;
        for (int l = 0; l < layerCount(); l++) {
            p = addCounts(p, parameterCount(l), "parameters");
        }
        return p;
    }

    /** a + b, or an ArithmeticException that says what overflowed (Math.addExact says only "long overflow"). */
    private long addCounts(long a, long b, String what) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("the number of " + what + " of " + this + " is beyond what a long counts ("
                    + Long.MAX_VALUE + ")");
        }
    }

    /** All non-trainable values: the running statistics of the batch-normalized layers, Σᵢ 2·[batch norm]·nᵢ. */
    public long runningStatisticCount() {
        long p = 0;
        for (int l = 0; l < layerCount(); l++) {
            p = addCounts(p, runningStatisticCount(l), "running statistics");
        }
        return p;
    }

    /** Whether any layer is batch-normalized. */
    public boolean hasBatchNorm() {
        for (boolean b : batchNorm) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    /**
     * The per-layer breakdown as a table, one row per layer numbered i = 1 … L as in the formula
     * (row i is layer i − 1 of the API): nᵢ₋₁, nᵢ, weights, biases, trainable parameters, and a last row
     * with the totals. When a layer is batch-normalized, two more columns: its γ and β (trainable, part
     * of the parameters) and its running statistics (not trained).
     */
    public Table breakdown() {
        int l = layerCount();
        boolean bn = hasBatchNorm();
        StringColumn layer = StringColumn.create("layer");
        IntColumn in = IntColumn.create("inputs n(i-1)");
        IntColumn out = IntColumn.create("units n(i)");
        LongColumn w = LongColumn.create("weights");
        LongColumn b = LongColumn.create("biases");
        LongColumn g = LongColumn.create("γ and β");
        LongColumn p = LongColumn.create(bn ? "trainable" : "parameters");
        LongColumn r = LongColumn.create("running statistics (not trained)");
        long tw = 0;
        long tb = 0;
        long tg = 0;
        for (int i = 1; i <= l; i++) {
            layer.append(i == l ? i + " (output)" : String.valueOf(i));
            in.append(widths[i - 1]);
            out.append(widths[i]);
            w.append(weightCount(i - 1));
            b.append(biasCount(i - 1));
            g.append(batchNormScaleShiftCount(i - 1));
            p.append(parameterCount(i - 1));
            r.append(runningStatisticCount(i - 1));
            tw = addCounts(tw, weightCount(i - 1), "weights");
            tb = addCounts(tb, biasCount(i - 1), "biases");
            tg = addCounts(tg, batchNormScaleShiftCount(i - 1), "batch-norm scales and shifts");
        }
        layer.append("total");
        in.appendMissing();
        out.appendMissing();
        w.append(tw);
        b.append(tb);
        g.append(tg);
        p.append(parameterCount());
        r.append(runningStatisticCount());
        Table t = Table.create("Parameters of " + this, layer, in, out, w, b);
        return bn ? t.addColumns(g, p, r) : t.addColumns(p);
    }

    private int checkLayer(int layer) {
        if (layer < 0 || layer >= layerCount()) {
            throw new IllegalArgumentException("layer must be in [0, " + (layerCount() - 1) + "], got " + layer);
        }
        return layer;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DenseArchitecture a && Arrays.equals(a.widths, widths) && Arrays.equals(a.bias, bias)
                && Arrays.equals(a.batchNorm, batchNorm);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(widths) + Arrays.hashCode(bias)) + Arrays.hashCode(batchNorm);
    }

    /**
     * The widths joined by arrows, e.g. {@code 20 → 10 → 1}; layers without bias are marked "(no bias)",
     * batch-normalized ones "+ BN".
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder().append(widths[0]);
        for (int i = 1; i < widths.length; i++) {
            s.append(" \u2192 ").append(widths[i]);
            if (!bias[i - 1]) {
                s.append(" (no bias)");
            }
            if (batchNorm[i - 1]) {
                s.append(" + BN");
            }
        }
        return s.toString();
    }
}
