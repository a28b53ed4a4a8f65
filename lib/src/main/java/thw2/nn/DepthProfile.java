package thw2.nn;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import thw2.args.Require;

/**
 * How the signal and its gradient change through the depth of a dense network at initialization,
 * measured by one forward and one backward pass (Question 3(b), section 2): the statistics of every
 * hidden layer ({@link Mlp.LayerStatistics}) and the geometric-mean factors per layer over the L
 * hidden layers,
 *
 * <pre>
 *   forward factor  = (std a_L / std a_1)^{1/(L−1)},
 *   backward factor = (std δ_1 / std δ_L)^{1/(L−1)}      (toward the input; δ_l = ∂Loss/∂z_l),
 * </pre>
 *
 * to set beside their mean-field prediction ({@link SignalPropagation}, from Gaussian integrals and
 * no network). A factor of 1 keeps the signal's size through depth; 0.1 loses a factor of ten per
 * layer.
 *
 * <p>The network: the columns of x → L hidden layers of {@code width} units with activation f → the
 * columns of t, with a linear output, biases 0 and weights drawn by the scheme with a seed; the loss is
 * the squared error. Immutable.
 */
public final class DepthProfile {
    private final Activation activation;
    private final Init init;
    private final int inputs;
    private final int width;
    private final List<Mlp.LayerStatistics> layers;

    private DepthProfile(Activation activation, Init init, int inputs, int width, List<Mlp.LayerStatistics> layers) {
        this.activation = activation;
        this.init = init;
        this.inputs = inputs;
        this.width = width;
        this.layers = layers;
    }

    /**
     * Measures the profile of one freshly drawn network.
     *
     * @param f            the activation of the hidden layers
     * @param init         the weight-initialization scheme
     * @param hiddenLayers the number L ≥ 2 of hidden layers
     * @param width        the units of each hidden layer
     * @param x            the inputs, one row per example
     * @param t            the targets of the squared error, one row per example
     * @param seed         the seed of the weight draws
     * @return the statistics of the L hidden layers
     * @throws IllegalArgumentException if an argument is null or out of range, x and t differ in rows,
     *         the network or its trace is too large to allocate, or a hidden layer's activations or δ
     *         have standard deviation 0 (x or t too small, or every example alike)
     * @throws IllegalStateException if a pre-activation overflows
     */
    public static DepthProfile measure(Activation f, Init init, int hiddenLayers, int width, double[][] x,
                                       double[][] t, long seed) {
        Require.notNull(f, "f");
        Require.notNull(init, "init");
        Require.inRange(hiddenLayers, 2, SignalPropagation.MAX_LAYERS, "hiddenLayers");
        Require.positive(width, "width");
        Require.finite(x, "x");
        Require.finite(t, "t");
        if (x.length == 0 || x[0].length == 0) {
            throw new IllegalArgumentException("x must hold at least one row of at least one column");
        }
        if (t.length != x.length) {
            throw new IllegalArgumentException("t must have one row per row of x (" + x.length + "), got " + t.length);
        }
        if (t[0].length == 0) {
            throw new IllegalArgumentException("t must hold at least one column");
        }
        Require.entries((double) width * (x[0].length + (hiddenLayers - 1.0) * width + t[0].length),
                "hiddenLayers = " + hiddenLayers + " layers of width = " + width + " units give a network whose weights");
        Require.entries(2.0 * x.length * (hiddenLayers * (double) width + t[0].length),
                "x has " + x.length + " rows: the trace of " + hiddenLayers + " hidden layers of width " + width);
        int[] widths = new int[hiddenLayers + 2];
        Arrays.fill(widths, width);
        widths[0] = x[0].length;
        widths[hiddenLayers + 1] = t[0].length;
        Mlp net = Mlp.builder(widths).activation(f).outputActivation(Activation.IDENTITY).init(init).seed(seed).build();
        List<Mlp.LayerStatistics> hidden;
        try {
            hidden = List.copyOf(net.statistics(Loss.SQUARED_ERROR, x, t).subList(0, hiddenLayers));
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            throw new IllegalArgumentException("init = " + init + " draws weights whose signal leaves the double range"
                    + " in this network of " + hiddenLayers + " hidden layers: " + e.getMessage(), e);
        }
        for (Mlp.LayerStatistics layer : hidden) {
            if (!(layer.activationStd() > 0 && layer.deltaStd() > 0)) {
                throw new IllegalArgumentException("x, t and init leave hidden layer " + (layer.layer() + 1) + " with a standard"
                        + " deviation of 0 in its activations or its δ (std a = " + layer.activationStd() + ", std δ = "
                        + layer.deltaStd() + "), so the factors through depth are undefined");
            }
        }
        return new DepthProfile(f, init, x[0].length, width, hidden);
    }

    /** The activation of the hidden layers. */
    public Activation activation() {
        return activation;
    }

    /** The weight-initialization scheme. */
    public Init init() {
        return init;
    }

    /** The statistics of the hidden layers, first to last (the output layer left out). */
    public List<Mlp.LayerStatistics> layers() {
        return layers;
    }

    /** (std a_L / std a_1)^{1/(L−1)}: the factor per layer by which the activations' spread grows. */
    public double forwardFactor() {
        return Math.pow(layers.get(layers.size() - 1).activationStd() / layers.get(0).activationStd(),
                1.0 / (layers.size() - 1));
    }

    /** (std δ_1 / std δ_L)^{1/(L−1)}: the factor per layer by which the gradient grows toward the input. */
    public double backwardFactor() {
        return Math.pow(layers.get(0).deltaStd() / layers.get(layers.size() - 1).deltaStd(),
                1.0 / (layers.size() - 1));
    }

    /** log₁₀ std δ_l for l = 1, …, L: the gradient through depth, for a chart on a log scale. */
    public double[] log10DeltaStd() {
        return layers.stream().mapToDouble(l -> Math.log10(l.deltaStd())).toArray();
    }

    /**
     * The curves log₁₀ std δ_l of several profiles under their labels, in the order given: the series
     * of a chart of the gradient through depth (Question 3(b) draws s = 0.01, s = 1 and the matched
     * scheme for each activation).
     *
     * @param labels   the legend's labels, one per profile, distinct and not empty
     * @param profiles the profiles
     * @return an unmodifiable map from each label to its profile's {@link #log10DeltaStd()}, in order
     * @throws IllegalArgumentException if a label or profile is null, a label is empty or repeated, or
     *         the counts differ
     */
    public static Map<String, double[]> log10DeltaStd(List<String> labels, DepthProfile... profiles) {
        Require.notNull(labels, "labels");
        Require.notNull(profiles, "profiles");
        if (labels.size() != profiles.length) {
            throw new IllegalArgumentException("labels and profiles must be as many, got " + labels.size() + " and "
                    + profiles.length);
        }
        Map<String, double[]> curves = new LinkedHashMap<>();
        for (int k = 0; k < profiles.length; k++) {
            String label = Require.notNull(labels.get(k), "labels[" + k + "]");
            if (label.isEmpty() || curves.containsKey(label)) {
                throw new IllegalArgumentException("labels must be distinct and not empty, got \"" + label + "\" at " + k);
            }
            curves.put(label, Require.notNull(profiles[k], "profiles[" + k + "]").log10DeltaStd());
        }
        return Collections.unmodifiableMap(curves);
    }

    /**
     * The mean-field prediction for this network: {@link SignalPropagation#predict} with the same
     * activation, scheme, inputs, width and depth.
     *
     * @param inputSecondMoment E[x²] of the inputs (1 for standard-normal inputs)
     * @return the predicted hidden layers
     * @throws IllegalArgumentException if {@code inputSecondMoment} is not positive and finite, or the
     *         scheme draws equal weights (no mean field)
     */
    public List<SignalPropagation.Layer> meanField(double inputSecondMoment) {
        return SignalPropagation.predict(activation, init, inputs, width, layers.size(), inputSecondMoment);
    }

    /**
     * How far the measured factors are from a prediction's, relatively: the larger of
     * |forward / predicted forward − 1| and |backward / predicted backward − 1|.
     *
     * @param prediction a prediction of at least two layers, such as {@link #meanField}
     * @return the larger relative deviation
     * @throws IllegalArgumentException if {@code prediction} is null or has fewer than two layers
     */
    public double deviationFrom(List<SignalPropagation.Layer> prediction) {
        Require.notNull(prediction, "prediction");
        if (prediction.size() < 2) {
            throw new IllegalArgumentException("prediction must hold at least 2 layers, got " + prediction.size());
        }
        double forward = Math.abs(forwardFactor() / SignalPropagation.forwardFactor(prediction) - 1);
        double backward = Math.abs(backwardFactor() / SignalPropagation.backwardFactor(prediction) - 1);
        return Math.max(forward, backward);
    }

    /**
     * How far both measured factors are from one value, relatively: the larger of |forward / factor − 1|
     * and |backward / factor − 1|.
     *
     * @param factor the expected factor per layer, such as √(n/2)·s for ReLU (&gt; 0)
     * @return the larger relative deviation
     * @throws IllegalArgumentException if {@code factor} is not positive and finite
     */
    public double deviationFrom(double factor) {
        Require.positive(factor, "factor");
        return Require.finiteResult(Math.max(Math.abs(forwardFactor() / factor - 1),
                Math.abs(backwardFactor() / factor - 1)), "the relative deviation from factor",
                "factor is too small next to the measured factors");
    }

    @Override
    public String toString() {
        return "DepthProfile[" + activation + ", " + init + ", " + layers.size() + " hidden layers of " + width
                + ", forward factor " + forwardFactor() + ", backward factor " + backwardFactor() + "]";
    }
}
