package thw2.committee;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import thw2.digits.DigitSet;
import thw2.digits.Mnist;
import thw2.nn.Activation;
import thw2.nn.Mlp;
import thw2.optim.GradientOracle;
import thw2.optim.Sgd;
import thw2.random.Shuffle;

/**
 * The two tiers of one-hidden-layer training agree: {@link NetTrainer} (float32, sparse, threaded;
 * the fast tier) and {@link Mlp} run by {@link Sgd} (double, dense, one loop; the reference), from
 * the same initial weights (NetTrainer's own, read with epochs = 0), on the same minibatches (the
 * shuffles NetTrainer documents: the second split of {@code new SplittableRandom(seed)}, Fisher–Yates
 * before every epoch), with the same learning rate (0.5, exact in float), the loss the mean softmax
 * cross-entropy of a batch.
 *
 * <h2>The tolerance of one step</h2>
 * The double reference rounds at 2⁻⁵³, negligible here; NetTrainer rounds every operation at
 * u = 2⁻²⁴. A dot product of m terms in any order is within γ_m·Σ|xᵢyᵢ| of the exact value,
 * γ_m = mu/(1 − mu) (Higham, <i>Accuracy and Stability of Numerical Algorithms</i>, 2nd ed., 2002,
 * eq. (3.4)); a sum of values that carry errors adds those errors; a Lipschitz function passes an
 * input error on times its constant and rounds once more (u·|result|). {@link #stepBound} follows
 * one step through NetTrainer's formulas this way, to first order in u, in double from the exact
 * values: h = b₁ + Σ_p x_p W₁[p] (m = inked pixels + 1 terms), a = f(h) (|f'| ≤ 1 for tanh, 1/4
 * for the sigmoid), z = b₂ + W₂a (H + 1 terms), δ = (softmax z − e_y)/B (|∂p_k/∂z_l| ≤
 * p_k(δ_kl + p_l)), g = f'(a)·W₂ᵀδ (10 terms), the weight gradients Σ_n over the batch (B or B + 1
 * terms), then W ← W − ηΣ (η = 0.5 multiplies exactly; the subtraction rounds once). The bound is
 * per parameter; the test allows twice it, for the neglected terms of order u².
 *
 * <h2>Several steps</h2>
 * Over T steps the rounding of each step is carried along and changed by later steps (by at most the
 * Lipschitz constant of the step map, which this test does not bound). The multi-step test sums the
 * one-step bounds along the reference's own iterates and allows four times that sum; it prints the
 * fraction of the allowance used.
 *
 * <p>Planted faults (2026-11-30), each caught by both tests: in the reference tier, the activation
 * derivative left out of {@code Mlp.backward} (fault {@code backprop-without-activation-derivative}):
 * 2,357 (tanh) and 51,495 (sigmoid) times the one-step bound; in the fast tier, tanh's derivative
 * 1 − a² written 1 − a in NetTrainer's backward row kernel: 4,872 times the one-step bound and 18,307
 * times the 12-step allowance.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class TiersAgreeTest {
    private static final int P = 784;
    private static final int K = 10;
    private static final int H = 12;
    private static final double ETA = 0.5;
    private static final double U = Math.scalb(1.0, -24);

    private static DigitSet digits(int n) {
        return Mnist.embedded().subset(IntStream.range(0, n).map(i -> (i * 97) % 10_000).toArray(), "tiers");
    }

    private static Activation reference(ActivationKernel f) {
        return f == ActivationKernel.TANH ? Activation.TANH : Activation.SIGMOID;
    }

    /** NetTrainer's parameters in Mlp's order: W₁ᵀ row by row (unit j's P weights), b₁, W₂, b₂. */
    private static double[] mlpOrder(OneHiddenLayerNet net) {
        double[] theta = new double[H * P + H + K * H + K];
        int o = 0;
        for (int j = 0; j < H; j++) {
            for (int p = 0; p < P; p++) {
                theta[o++] = net.inputWeight(p, j);
            }
        }
        for (int j = 0; j < H; j++) {
            theta[o++] = net.hiddenBias(j);
        }
        for (int k = 0; k < K; k++) {
            for (int j = 0; j < H; j++) {
                theta[o++] = net.outputWeight(k, j);
            }
        }
        for (int k = 0; k < K; k++) {
            theta[o++] = net.outputBias(k);
        }
        return theta;
    }

    private static TrainingOptions options(ActivationKernel f, int batch, int epochs, int threads) {
        return TrainingOptions.builder().hidden(H).activation(f.activation).learningRate(ETA).learningRateDecay(1).batchSize(batch)
                .epochs(epochs).seed(11).threads(threads).build();
    }

    /** The batches NetTrainer visits: Fisher–Yates with the second split of SplittableRandom(seed), every epoch. */
    private static List<int[]> batches(int n, int batch, int epochs, long seed) {
        SplittableRandom root = new SplittableRandom(seed);
        root.split(); // the initial weights
        SplittableRandom shuffle = root.split();
        int[] perm = IntStream.range(0, n).toArray();
        List<int[]> out = new ArrayList<>();
        for (int e = 0; e < epochs; e++) {
            Shuffle.inPlace(perm, shuffle);
            for (int from = 0; from < n; from += batch) {
                out.add(java.util.Arrays.copyOfRange(perm, from, Math.min(n, from + batch)));
            }
        }
        return out;
    }

    /** The mean softmax cross-entropy gradient of the batch, by Mlp's forward and backward passes. */
    private static double[] gradient(Mlp shape, double[] theta, DigitSet set, int[] batch) {
        Mlp net = shape.withParameters(theta);
        double[][] x = new double[batch.length][P];
        for (int s = 0; s < batch.length; s++) {
            float[] img = set.image(batch[s]);
            for (int p = 0; p < P; p++) {
                x[s][p] = img[p];
            }
        }
        Mlp.Trace trace = net.forward(x);
        double[][] z = trace.output();
        double[][] dz = new double[batch.length][K];
        for (int s = 0; s < batch.length; s++) {
            double[] p = Activation.softmax(z[s]);
            for (int k = 0; k < K; k++) {
                dz[s][k] = (p[k] - (k == set.label(batch[s]) ? 1 : 0)) / batch.length;
            }
        }
        return net.backward(trace, dz).flatten();
    }

    private static double gamma(int m) {
        return m * U / (1 - m * U);
    }

    /**
     * A first-order bound, per parameter (Mlp order), on how far one float32 step of NetTrainer from
     * θ on {@code batch} can land from the exact step (see the class comment).
     */
    static double[] stepBound(double[] theta, ActivationKernel f, DigitSet set, int[] batch) {
        int b = batch.length;
        int w2o = H * P + H;
        int b2o = w2o + K * H;
        double lip = f == ActivationKernel.TANH ? 1 : 0.25;
        Activation af = reference(f);
        double[][] a = new double[b][H];
        double[][] ea = new double[b][H];
        double[][] delta = new double[b][K];
        double[][] eDelta = new double[b][K];
        double[][] g = new double[b][H];
        double[][] eg = new double[b][H];
        for (int s = 0; s < b; s++) {
            float[] x = set.image(batch[s]);
            int inked = 0;
            for (float v : x) {
                inked += v != 0 ? 1 : 0;
            }
            for (int j = 0; j < H; j++) {
                double h = theta[H * P + j];
                double abs = Math.abs(h);
                for (int p = 0; p < P; p++) {
                    h += x[p] * theta[j * P + p];
                    abs += Math.abs(x[p] * theta[j * P + p]);
                }
                a[s][j] = af.apply(h);
                ea[s][j] = lip * gamma(inked + 1) * abs + U * Math.abs(a[s][j]);
            }
            double[] z = new double[K];
            double[] ez = new double[K];
            for (int k = 0; k < K; k++) {
                z[k] = theta[b2o + k];
                double abs = Math.abs(z[k]);
                double carried = 0;
                for (int j = 0; j < H; j++) {
                    double w = theta[w2o + k * H + j];
                    z[k] += w * a[s][j];
                    abs += Math.abs(w * a[s][j]);
                    carried += Math.abs(w) * ea[s][j];
                }
                ez[k] = gamma(H + 1) * abs + carried;
            }
            double[] p = Activation.softmax(z);
            double mixed = 0;
            for (int k = 0; k < K; k++) {
                mixed += p[k] * ez[k];
            }
            for (int k = 0; k < K; k++) {
                delta[s][k] = (p[k] - (k == set.label(batch[s]) ? 1 : 0)) / b;
                eDelta[s][k] = p[k] * (ez[k] + mixed) / b + U * Math.abs(delta[s][k]);
            }
            for (int j = 0; j < H; j++) {
                double v = 0;
                double abs = 0;
                double carried = 0;
                for (int k = 0; k < K; k++) {
                    double w = theta[w2o + k * H + j];
                    v += delta[s][k] * w;
                    abs += Math.abs(delta[s][k] * w);
                    carried += eDelta[s][k] * Math.abs(w);
                }
                double ev = gamma(K) * abs + carried;
                double aj = a[s][j];
                double d = f == ActivationKernel.TANH ? 1 - aj * aj : aj * (1 - aj);
                double ed = (f == ActivationKernel.TANH ? 2 * Math.abs(aj) : Math.abs(1 - 2 * aj)) * ea[s][j]
                        + 2 * U * (Math.abs(d) + aj * aj);
                g[s][j] = d * v;
                eg[s][j] = Math.abs(d) * ev + Math.abs(v) * ed + U * Math.abs(g[s][j]);
            }
        }
        double[] bound = new double[theta.length];
        // W₁[p][j] (Mlp index j·P + p) and b₁[j]
        for (int j = 0; j < H; j++) {
            double sum = 0;
            double abs = 0;
            double carried = 0;
            for (int s = 0; s < b; s++) {
                sum += g[s][j];
                abs += Math.abs(g[s][j]);
                carried += eg[s][j];
            }
            bound[H * P + j] = update(theta[H * P + j], sum, gamma(b) * abs + carried);
            for (int p = 0; p < P; p++) {
                sum = 0;
                abs = 0;
                carried = 0;
                for (int s = 0; s < b; s++) {
                    double x = set.image(batch[s])[p];
                    sum += x * g[s][j];
                    abs += Math.abs(x * g[s][j]);
                    carried += Math.abs(x) * eg[s][j];
                }
                bound[j * P + p] = update(theta[j * P + p], sum, gamma(b + 1) * abs + carried);
            }
        }
        // W₂[k][j] and b₂[k]
        for (int k = 0; k < K; k++) {
            double sum = 0;
            double abs = 0;
            double carried = 0;
            for (int s = 0; s < b; s++) {
                sum += delta[s][k];
                abs += Math.abs(delta[s][k]);
                carried += eDelta[s][k];
            }
            bound[b2o + k] = update(theta[b2o + k], sum, gamma(b) * abs + carried);
            for (int j = 0; j < H; j++) {
                sum = 0;
                abs = 0;
                carried = 0;
                for (int s = 0; s < b; s++) {
                    sum += delta[s][k] * a[s][j];
                    abs += Math.abs(delta[s][k] * a[s][j]);
                    carried += eDelta[s][k] * Math.abs(a[s][j]) + Math.abs(delta[s][k]) * ea[s][j];
                }
                bound[w2o + k * H + j] = update(theta[w2o + k * H + j], sum, gamma(b + 1) * abs + carried);
            }
        }
        return bound;
    }

    /** The error of fl(w − η·s) given an error es in s: η·es (η = 0.5 is exact), one rounding of the result, and double's own. */
    private static double update(double w, double s, double es) {
        double after = Math.abs(w - ETA * s);
        return ETA * es + U * after + 0x1p-40 * (Math.abs(w) + 1e-30);
    }

    private static Mlp shape(ActivationKernel f) {
        return Mlp.builder(P, H, K).activation(reference(f)).outputActivation(Activation.IDENTITY).build();
    }

    /** max over parameters of |fast − reference| / allowed. */
    private static double worstRatio(double[] fast, double[] ref, double[] allowed) {
        double worst = 0;
        for (int i = 0; i < fast.length; i++) {
            worst = Math.max(worst, Math.abs(fast[i] - ref[i]) / allowed[i]);
        }
        return worst;
    }

    @ParameterizedTest
    @EnumSource(value = ActivationKernel.class, names = {"TANH", "SIGMOID"})
    void oneFullBatchStepAgreesWithinTheFloat32Bound(ActivationKernel f) {
        DigitSet set = digits(48);
        double[] theta0 = mlpOrder(NetTrainer.train(set, options(f, 64, 0, 1)).net());
        int[] batch = batches(set.size(), 64, 1, 11).get(0);
        Mlp shape = shape(f);
        GradientOracle oracle = (t, theta) -> gradient(shape, theta, set, batch);
        double[] reference = new Sgd(ETA).run(oracle, theta0, 1).last().theta();
        double[] allowed = stepBound(theta0, f, set, batch);
        for (int i = 0; i < allowed.length; i++) {
            allowed[i] *= 2;
        }
        for (int threads : new int[] {1, 2}) {
            double[] fast = mlpOrder(NetTrainer.train(set, options(f, 64, 1, threads)).net());
            double ratio = worstRatio(fast, reference, allowed);
            double moved = worstRatio(reference, theta0, allowed);
            System.out.printf(Locale.ROOT, "%s, one step, %d thread(s): largest |fast − reference| is %.3f of the"
                    + " float32 bound; the step itself moved a parameter by %.0f bounds%n", f, threads, ratio, moved);
            assertTrue(ratio <= 1, f + ": NetTrainer and Mlp differ by " + ratio + " times the float32 bound");
            assertTrue(moved > 100, "the step must move the weights far beyond the bound, or the test proves nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(value = ActivationKernel.class, names = {"TANH", "SIGMOID"})
    void threeEpochsOfMinibatchesAgree(ActivationKernel f) {
        DigitSet set = digits(40);
        int batch = 10;
        int epochs = 3;
        double[] theta0 = mlpOrder(NetTrainer.train(set, options(f, batch, 0, 1)).net());
        List<int[]> batches = batches(set.size(), batch, epochs, 11);
        Mlp shape = shape(f);
        double[] allowed = new double[theta0.length];
        GradientOracle oracle = (t, theta) -> {
            double[] step = stepBound(theta, f, set, batches.get(t - 1));
            for (int i = 0; i < allowed.length; i++) {
                allowed[i] += 4 * step[i];
            }
            return gradient(shape, theta, set, batches.get(t - 1));
        };
        double[] reference = new Sgd(ETA).run(oracle, theta0, batches.size()).last().theta();
        double[] fast = mlpOrder(NetTrainer.train(set, options(f, batch, epochs, 2)).net());
        double ratio = worstRatio(fast, reference, allowed);
        System.out.printf(Locale.ROOT, "%s, %d steps: largest |fast − reference| is %.3f of 4 × the summed one-step"
                + " bounds%n", f, batches.size(), ratio);
        assertTrue(ratio <= 1, f + ": after " + batches.size() + " steps NetTrainer and Mlp differ by " + ratio
                + " times the allowance");
        assertTrue(worstRatio(reference, theta0, allowed) > 10, "training must move the weights beyond the allowance");
    }
}
