package thw2.nn;

import java.util.SplittableRandom;
import org.apache.commons.math3.exception.MathArithmeticException;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import thw2.args.Require;
import thw2.data.BinaryData;
import thw2.optim.GradientOracle;
import thw2.optim.Objective;
import thw2.random.Seeds;

/**
 * The training objective of L2-regularized logistic regression, as an {@link Objective} of the flat
 * parameters θ = (w₁, …, w_d, b):
 * <pre>
 * J(θ) = (1/n) Σᵢ ℓ(θ; xᵢ, yᵢ) + (λ/2)‖w‖²,   ℓ = −yᵢ log σ(zᵢ) − (1 − yᵢ) log σ(−zᵢ),   zᵢ = w·xᵢ + b,
 * ∇_w J = (1/n) Σᵢ (σ(zᵢ) − yᵢ) xᵢ + λw,   ∂J/∂b = (1/n) Σᵢ (σ(zᵢ) − yᵢ).
 * </pre>
 * The per-example loss ℓ and its gradient are those of the model {@link LogisticRegression},
 * evaluated through it, so the cross-entropy is written once in the library; this class adds the mean
 * over a data set, the penalty, mini-batch gradients and the Hessian. For λ &gt; 0 the objective is
 * strongly convex, so every good optimizer must reach the same minimum.
 */
public final class LogisticLoss implements Objective {
    private final BinaryData data;
    private final double[][] x;
    private final int[] y;
    private final double lambda;

    /** The objective on {@code data} with weight decay λ ≥ 0 (the bias is not decayed). */
    public LogisticLoss(BinaryData data, double lambda) {
        this.data = Require.notNull(data, "data");
        this.lambda = Require.nonNegative(lambda, "lambda");
        this.x = data.x();
        this.y = data.y();
    }

    @Override
    public int dimension() {
        return data.dimension() + 1;
    }

    public BinaryData data() {
        return data;
    }

    public double lambda() {
        return lambda;
    }

    @Override
    public double value(double[] theta) {
        LogisticRegression model = model(theta);
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            s += model.crossEntropy(x[i], y[i]);
        }
        return Require.finiteResult(s / x.length + penalty(theta), "J(theta)", "theta is too large");
    }

    @Override
    public double[] gradient(double[] theta) {
        LogisticRegression model = model(theta);
        double[] g = new double[dimension()];
        for (int i = 0; i < x.length; i++) {
            model.addGradientTo(x[i], y[i], g);
        }
        return finish(theta, g, x.length);
    }

    /**
     * Mini-batch gradients: at step t the gradient of the objective restricted to {@code batchSize}
     * examples drawn uniformly with replacement (so that E[g_t] = ∇J(θ_{t−1})), with the batch chosen
     * by a generator seeded from ({@code seed}, t). Two optimizers given the same oracle therefore see
     * the same batches at the same step, and a run is reproducible.
     */
    public GradientOracle miniBatches(int batchSize, long seed) {
        Require.iterations(batchSize, 1, "batchSize");
        return (t, theta) -> {
            Require.positive(t, "t (steps are counted from 1)");
            LogisticRegression model = model(theta);
            SplittableRandom rng = Seeds.forStep(seed, t);
            double[] g = new double[dimension()];
            for (int k = 0; k < batchSize; k++) {
                int i = rng.nextInt(x.length);
                model.addGradientTo(x[i], y[i], g);
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
        LogisticRegression model = model(theta);
        int d = data.dimension();
        double[][] h = new double[d + 1][d + 1];
        double[] xt = new double[d + 1];
        xt[d] = 1;
        for (double[] xi : x) {
            System.arraycopy(xi, 0, xt, 0, d);
            double w = Activation.sigmoidDerivative(model.logit(xi));
            for (int a = 0; a <= d; a++) {
                double wa = w * xt[a];
                for (int b = 0; b <= a; b++) {
                    h[a][b] += wa * xt[b];
                }
            }
        }
        for (int a = 0; a <= d; a++) {
            for (int b = 0; b <= a; b++) {
                h[a][b] /= x.length;
                h[b][a] = h[a][b];
            }
        }
        for (int j = 0; j < d; j++) {
            h[j][j] += lambda;
        }
        return h;
    }

    /**
     * The minimiser θ* of J found by Newton's method from θ = 0: {@code iterations} full steps
     * θ ← θ − (∇²J(θ))⁻¹∇J(θ), each solved by a Cholesky factorisation of the Hessian (positive
     * definite for λ &gt; 0). J is strongly convex and smooth, so Newton's method converges to θ*
     * quadratically once close; Question 4 uses θ* as the exact minimum J* that the first-order
     * optimizers' loss curves approach. Thirty steps reach machine precision on its data.
     *
     * @param iterations the number of Newton steps, in [1, 1000]
     * @return θ* (w₁, …, w_d, b)
     * @throws IllegalArgumentException if iterations is out of range
     * @throws IllegalStateException if λ = 0 and a Hessian is not positive definite, or an iterate
     *     is not finite
     */
    public double[] minimumByNewton(int iterations) {
        Require.inRange(iterations, 1, 1000, "iterations");
        double[] theta = new double[dimension()];
        for (int it = 0; it < iterations; it++) {
            double[] step;
            try {
                step = new CholeskyDecomposition(new Array2DRowRealMatrix(hessian(theta)))
                        .getSolver().solve(new ArrayRealVector(gradient(theta))).toArray();
            } catch (MathIllegalArgumentException | MathArithmeticException e) {
                throw new IllegalStateException("Newton's method needs a positive definite Hessian (λ > 0): at step "
                        + (it + 1) + " " + e.getMessage(), e);
            }
            for (int j = 0; j < theta.length; j++) {
                theta[j] -= step[j];
                if (!Double.isFinite(theta[j])) {
                    throw new IllegalStateException("Newton's method diverged at step " + (it + 1) + ": theta["
                            + j + "] = " + theta[j]);
                }
            }
        }
        return theta;
    }

    /** The fraction of examples classified correctly by the rule z ≥ 0 ⇒ class 1. */
    public double accuracy(double[] theta) {
        LogisticRegression model = model(theta);
        int ok = 0;
        for (int i = 0; i < x.length; i++) {
            boolean one = model.logit(x[i]) >= 0;
            if (one == (y[i] == 1)) {
                ok++;
            }
        }
        return (double) ok / x.length;
    }

    /** The model with parameters θ, after checking that θ has the objective's length and is finite. */
    private LogisticRegression model(double[] theta) {
        Require.notNull(theta, "theta");
        if (theta.length != dimension()) {
            throw new IllegalArgumentException("theta must have length " + dimension() + ", got " + theta.length);
        }
        Require.finite(theta, "theta");
        return LogisticRegression.fromParameters(theta);
    }

    private double[] finish(double[] theta, double[] g, int count) {
        int d = data.dimension();
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
        for (int j = 0; j < data.dimension(); j++) {
            s += theta[j] * theta[j];
        }
        return 0.5 * lambda * s;
    }
}
