package thw2.batch;

import java.util.SplittableRandom;
import thw2.check.Require;
import thw2.nn.Activations;

/**
 * A seeded binary classification problem drawn from a logistic model: inputs x ~ N(0, I_d), a true
 * weight vector w* with entries ~ N(0, s²) (s = {@code weightScale}) and true bias b*, and labels
 * y ~ Bernoulli(σ(w*·x + b*)). The labels are noisy, so even the true model has a loss above 0 and the
 * per-example gradients do not vanish at the optimum: a realistic source of minibatch noise.
 *
 * @param x           N × d inputs
 * @param y           N labels in {0, 1}
 * @param trueWeights w*
 * @param trueBias    b*
 */
public record SyntheticClassification(double[][] x, int[] y, double[] trueWeights, double trueBias) {

    /** Draws N examples in d dimensions; everything follows from {@code seed}. */
    public static SyntheticClassification logistic(int examples, int dimension, double weightScale,
                                                   double trueBias, long seed) {
        Require.positive(examples, "examples");
        Require.positive(dimension, "dimension");
        Require.nonNegative(weightScale, "weightScale");
        Require.finite(trueBias, "trueBias");
        SplittableRandom r = new SplittableRandom(seed);
        double[] w = new double[dimension];
        for (int j = 0; j < dimension; j++) {
            w[j] = weightScale * gaussian(r);
        }
        double[][] x = new double[examples][dimension];
        int[] y = new int[examples];
        for (int i = 0; i < examples; i++) {
            double z = trueBias;
            for (int j = 0; j < dimension; j++) {
                x[i][j] = gaussian(r);
                z += w[j] * x[i][j];
            }
            y[i] = r.nextDouble() < Activations.sigmoid(z) ? 1 : 0;
        }
        return new SyntheticClassification(x, y, w, trueBias);
    }

    /** A standard normal draw by the Box–Muller transform (SplittableRandom has no nextGaussian in Java 17). */
    static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble(); // (0, 1]
        double v = r.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    public int size() {
        return x.length;
    }

    public int dimension() {
        return x[0].length;
    }
}
