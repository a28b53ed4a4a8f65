package thw2.nn;

import java.util.List;
import thw2.args.Require;

/**
 * Tools for looking at saturation and symmetry in sigmoid networks ({@link Mlp}).
 *
 * <p>Saturation: a sigmoid unit with |z| large has σ'(z) = e^{−|z|}/(1 + e^{−|z|})² ≈ e^{−|z|}, and
 * backpropagation multiplies the error signal by σ'(z) once per layer, so a network whose weights are
 * all large and positive (and whose inputs are positive, like pixel intensities) starts with
 * pre-activations z ≫ 1 in every layer and gradients that shrink by a factor of about e^{−z} per
 * layer. Symmetry: if all weights of a layer are equal, all its units compute the same function, get
 * the same gradient and stay equal forever.
 */
public final class SigmoidSaturation {
    private SigmoidSaturation() {}

    /**
     * The network with every weight replaced by its absolute value (biases unchanged). Built on
     * {@code Init.normal(s)} this gives half-normal weights, positive with mean s·√(2/π).
     */
    public static Mlp withAbsoluteWeights(Mlp net) {
        Require.notNull(net, "net");
        double[] theta = net.parameters();
        int[] w = net.widths();
        int p = 0;
        for (int l = 0; l < net.layerCount(); l++) {
            int weights = w[l] * w[l + 1];
            for (int k = 0; k < weights; k++, p++) {
                theta[p] = Math.abs(theta[p]);
            }
            p += net.hasBias(l) ? w[l + 1] : 0;
        }
        return net.withParameters(theta);
    }

    /** The fraction of entries of {@code z} with σ'(z) &lt; {@code derivativeBelow}. */
    public static double saturatedFraction(double[][] z, double derivativeBelow) {
        Require.finite(z, "z");
        Require.positive(derivativeBelow, "derivativeBelow");
        long count = 0;
        long total = 0;
        for (double[] row : z) {
            for (double v : row) {
                total++;
                if (Activation.sigmoidDerivative(v) < derivativeBelow) {
                    count++;
                }
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("z must not be empty");
        }
        return (double) count / total;
    }

    /**
     * max_{j,k} |m[j][k] − m[0][k]|: how far the rows of a weight matrix (one row per unit) are from all
     * being equal. 0 means every unit of the layer has the same incoming weights.
     */
    public static double rowSpread(double[][] m) {
        Require.finite(m, "m");
        double s = 0;
        for (double[] row : m) {
            for (int k = 0; k < row.length; k++) {
                s = Math.max(s, Math.abs(row[k] - m[0][k]));
            }
        }
        return s;
    }

    /**
     * max_{i,j} |a[i][j] − a[i][0]| for activations a (one row per example, one column per unit): 0
     * means all units of the layer output the same value on every example. Not the same measure as
     * {@link #rowSpread} (which compares units' incoming weights, as {@link Mlp#unitSpread} does): equal
     * weights imply equal activations, but equal activations can also come from saturated units.
     */
    public static double activationSpread(double[][] a) {
        Require.finite(a, "a");
        double s = 0;
        for (double[] row : a) {
            for (double v : row) {
                s = Math.max(s, Math.abs(v - row[0]));
            }
        }
        return s;
    }

    /** The inverse of σ: logit(p) = log(p/(1 − p)) = log p − log1p(−p), for 0 &lt; p &lt; 1. */
    public static double logit(double p) {
        Require.finite(p, "p");
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("p must be in (0, 1), got " + p);
        }
        return Math.log(p) - Math.log1p(-p);
    }

    /**
     * What one forward and backward pass shows about a network on a batch.
     *
     * @param gradientNorms      ‖∂L/∂W_l‖_F per layer
     * @param saturatedFractions per layer, the fraction of pre-activations with σ'(z) &lt; 10⁻⁶
     *                           (|z| &gt; 13.8)
     * @param meanPreActivations per layer, the mean of z_l
     * @param outputSpread       the standard deviation of the network's output over the batch
     * @param loss               the loss on the batch
     */
    public record Probe(double[] gradientNorms, double[] saturatedFractions, double[] meanPreActivations,
                        double outputSpread, double loss) {
        public Probe {
            gradientNorms = Require.finite(gradientNorms, "gradientNorms").clone();
            saturatedFractions = Require.finite(saturatedFractions, "saturatedFractions").clone();
            meanPreActivations = Require.finite(meanPreActivations, "meanPreActivations").clone();
            Require.nonNegative(outputSpread, "outputSpread");
            Require.finite(loss, "loss");
        }

        @Override
        public double[] gradientNorms() {
            return gradientNorms.clone();
        }

        @Override
        public double[] saturatedFractions() {
            return saturatedFractions.clone();
        }

        @Override
        public double[] meanPreActivations() {
            return meanPreActivations.clone();
        }
    }

    /** Runs one forward and backward pass of {@code net} on (x, t) with {@code loss}. */
    public static Probe probe(Mlp net, Loss loss, double[][] x, double[][] t) {
        Require.notNull(net, "net");
        Require.notNull(loss, "loss");
        net.loss(loss, x, t); // checks x and t against the net, and the loss for overflow, naming them
        Mlp.Trace trace = net.forward(x);
        double[][] out = trace.output();
        Mlp.Gradients g = net.backward(trace, loss.gradient(out, t));
        List<Mlp.LayerStatistics> st = net.statistics(trace, g);
        int layers = net.layerCount();
        double[] norms = new double[layers];
        double[] sat = new double[layers];
        double[] mean = new double[layers];
        for (int l = 0; l < layers; l++) {
            norms[l] = g.weightNorm(l);
            sat[l] = saturatedFraction(trace.preActivation(l), 1e-6);
            mean[l] = st.get(l).preActivationMean();
        }
        thw2.stats.RunningStats o = new thw2.stats.RunningStats();
        for (double[] row : out) {
            o.addAll(row);
        }
        double spread;
        try {
            spread = Math.sqrt(o.populationVariance());
        } catch (ArithmeticException e) {
            throw new ArithmeticException("the spread of the outputs for x is beyond the double range: " + e.getMessage());
        }
        return new Probe(norms, sat, mean, spread, loss.value(out, t));
    }
}
