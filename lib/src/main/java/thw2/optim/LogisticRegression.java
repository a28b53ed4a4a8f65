package thw2.optim;

import java.util.SplittableRandom;
import thw2.check.Require;
import thw2.nn.Activations;

/**
 * L2-regularized logistic regression as an {@link Objective}: parameters θ = (w₁, …, w_d, b) and
 * <pre>
 * J(θ) = (1/n) Σᵢ [ log(1 + e^{zᵢ}) − yᵢzᵢ ] + (λ/2)‖w‖²,   zᵢ = w·xᵢ + b,
 * ∇_w J = (1/n) Σᵢ (σ(zᵢ) − yᵢ) xᵢ + λw,   ∂J/∂b = (1/n) Σᵢ (σ(zᵢ) − yᵢ),
 * </pre>
 * the mean cross-entropy of a sigmoid unit. Each term is evaluated as −log σ(zᵢ) or −log σ(−zᵢ)
 * ({@link Activations#logSigmoid}), which never overflows. For λ &gt; 0 the objective is strongly
 * convex, so every good optimizer must reach the same minimum.
 */
public final class LogisticRegression implements Objective {
    private final BinaryData data;
    private final double lambda;

    /** The objective on {@code data} with weight decay λ ≥ 0 (the bias is not decayed). */
    public LogisticRegression(BinaryData data, double lambda) {
        this.data = Require.notNull(data, "data");
        this.lambda = Require.nonNegative(lambda, "lambda");
    }

    @Override
    public int dimension() {
        return data.features() + 1;
    }

    public BinaryData data() {
        return data;
    }

    public double lambda() {
        return lambda;
    }

    @Override
    public double value(double[] theta) {
        Objective.checkLength(theta, dimension());
        Require.finite(theta, "theta");
        double s = 0;
        for (int i = 0; i < data.size(); i++) {
            s += loss(theta, i);
        }
        return s / data.size() + penalty(theta);
    }

    @Override
    public double[] gradient(double[] theta) {
        Objective.checkLength(theta, dimension());
        Require.finite(theta, "theta");
        double[] g = new double[dimension()];
        for (int i = 0; i < data.size(); i++) {
            accumulate(theta, i, g);
        }
        return finish(theta, g, data.size());
    }

    /**
     * Mini-batch gradients: at step t the gradient of the objective restricted to {@code batchSize}
     * examples drawn uniformly with replacement (so that E[g_t] = ∇J(θ_{t−1})), with the batch chosen
     * by a generator seeded from ({@code seed}, t). Two optimizers given the same oracle therefore see
     * the same batches at the same step, and a run is reproducible.
     */
    public GradientOracle miniBatches(int batchSize, long seed) {
        Require.positive(batchSize, "batchSize");
        return (t, theta) -> {
            Objective.checkLength(theta, dimension());
            Require.finite(theta, "theta");
            SplittableRandom rng = Seeds.forStep(seed, t);
            double[] g = new double[dimension()];
            for (int k = 0; k < batchSize; k++) {
                accumulate(theta, rng.nextInt(data.size()), g);
            }
            return finish(theta, g, batchSize);
        };
    }

    /**
     * The Hessian ∇²J(θ) = (1/n) Σᵢ σ'(zᵢ) x̃ᵢx̃ᵢᵀ + λ·diag(1, …, 1, 0), with x̃ᵢ = (xᵢ, 1): positive
     * definite when λ &gt; 0, which is what makes Newton's method a reliable way to find the exact
     * minimum for reference.
     */
    public double[][] hessian(double[] theta) {
        Objective.checkLength(theta, dimension());
        Require.finite(theta, "theta");
        int d = data.features();
        double[][] h = new double[d + 1][d + 1];
        double[] xt = new double[d + 1];
        xt[d] = 1;
        for (int i = 0; i < data.size(); i++) {
            System.arraycopy(data.row(i), 0, xt, 0, d);
            double w = Activations.sigmoidDerivative(z(theta, i));
            for (int a = 0; a <= d; a++) {
                double wa = w * xt[a];
                for (int b = 0; b <= a; b++) {
                    h[a][b] += wa * xt[b];
                }
            }
        }
        for (int a = 0; a <= d; a++) {
            for (int b = 0; b <= a; b++) {
                h[a][b] /= data.size();
                h[b][a] = h[a][b];
            }
        }
        for (int j = 0; j < d; j++) {
            h[j][j] += lambda;
        }
        return h;
    }

    /** The fraction of examples classified correctly by the rule z ≥ 0 ⇒ class 1. */
    public double accuracy(double[] theta) {
        Objective.checkLength(theta, dimension());
        int ok = 0;
        for (int i = 0; i < data.size(); i++) {
            boolean one = z(theta, i) >= 0;
            if (one == (data.y(i) == 1)) {
                ok++;
            }
        }
        return (double) ok / data.size();
    }

    private double z(double[] theta, int i) {
        double[] x = data.row(i);
        double z = theta[x.length];
        for (int j = 0; j < x.length; j++) {
            z += theta[j] * x[j];
        }
        return z;
    }

    private double loss(double[] theta, int i) {
        double z = z(theta, i);
        return data.y(i) == 1 ? -Activations.logSigmoid(z) : -Activations.logSigmoid(-z);
    }

    private void accumulate(double[] theta, int i, double[] g) {
        double[] x = data.row(i);
        double r = Activations.sigmoid(z(theta, i)) - data.y(i);
        for (int j = 0; j < x.length; j++) {
            g[j] += r * x[j];
        }
        g[x.length] += r;
    }

    private double[] finish(double[] theta, double[] g, int count) {
        int d = data.features();
        for (int j = 0; j <= d; j++) {
            g[j] /= count;
        }
        for (int j = 0; j < d; j++) {
            g[j] += lambda * theta[j];
        }
        return g;
    }

    private double penalty(double[] theta) {
        double s = 0;
        for (int j = 0; j < data.features(); j++) {
            s += theta[j] * theta[j];
        }
        return 0.5 * lambda * s;
    }
}
