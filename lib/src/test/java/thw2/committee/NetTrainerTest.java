package thw2.committee;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import thw2.check.GradientCheck;
import thw2.digits.DigitSet;
import thw2.digits.Mnist;
import thw2.nn.Activations;

class NetTrainerTest {
    private static final int P = 784;
    private static final int K = 10;

    private static DigitSet few(int n, int stride) {
        return Mnist.embedded().subset(IntStream.range(0, n).map(i -> (i * stride) % 10_000).toArray(), "few");
    }

    /**
     * Mean cross-entropy of a P-H-10 net over {@code set}, in double precision, written from the
     * formulas (independently of the trainer): θ is laid out as in parameterVector().
     */
    private static double referenceLoss(double[] theta, int h, HiddenActivation f, DigitSet set) {
        int w2 = P * h + h;
        int b2 = w2 + K * h;
        double total = 0;
        for (int i = 0; i < set.size(); i++) {
            float[] x = set.image(i);
            double[] a = new double[h];
            for (int j = 0; j < h; j++) {
                double z = theta[P * h + j];
                for (int p = 0; p < P; p++) {
                    z += x[p] * theta[p * h + j];
                }
                a[j] = switch (f) {
                    case RELU -> Math.max(0, z);
                    case TANH -> Math.tanh(z);
                    case SIGMOID -> Activations.sigmoid(z);
                };
            }
            double[] logits = new double[K];
            for (int k = 0; k < K; k++) {
                double z = theta[b2 + k];
                for (int j = 0; j < h; j++) {
                    z += theta[w2 + k * h + j] * a[j];
                }
                logits[k] = z;
            }
            total += Activations.logSumExp(logits) - logits[set.label(i)];
        }
        return total / set.size();
    }

    private static double[] toDouble(float[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = v[i];
        }
        return d;
    }

    @ParameterizedTest
    @EnumSource(HiddenActivation.class)
    void oneStepMovesAlongTheFiniteDifferenceGradient(HiddenActivation f) {
        int h = 12;
        float eta = 8f;
        DigitSet set = few(24, 401);
        TrainingOptions base = TrainingOptions.builder().hidden(h).activation(f).batchSize(24).learningRate(eta)
                .learningRateDecay(1).seed(3).threads(1).epochs(0).build();
        float[] theta0 = NetTrainer.train(set, base).net().parameterVector();
        float[] theta1 = NetTrainer.train(set, base.toBuilder().epochs(1).build()).net().parameterVector();
        // one full-batch step: θ1 = θ0 − η ∇L(θ0)
        double[] t0 = toDouble(theta0);
        // coordinates to check: input weights of inked pixels, hidden biases, output weights and biases
        List<Integer> coords = new ArrayList<>();
        SplittableRandom rng = new SplittableRandom(9);
        while (coords.size() < 40) {
            int p = rng.nextInt(P);
            boolean inked = false;
            for (int i = 0; i < set.size(); i++) {
                inked |= set.grey(i, p) > 0;
            }
            if (inked) {
                coords.add(p * h + rng.nextInt(h));
            }
        }
        for (int j = 0; j < h; j += 3) {
            coords.add(P * h + j);
        }
        for (int k = 0; k < K; k++) {
            coords.add(P * h + h + k * h + rng.nextInt(h));
            coords.add(P * h + h + K * h + k);
        }
        int[] idx = coords.stream().mapToInt(Integer::intValue).toArray();
        double[] analytic = new double[idx.length];
        double[] at = new double[idx.length];
        for (int c = 0; c < idx.length; c++) {
            analytic[c] = ((double) theta0[idx[c]] - theta1[idx[c]]) / eta;
            at[c] = t0[idx[c]];
        }
        double[] numeric = GradientCheck.numericalGradient(v -> {
            double[] t = t0.clone();
            for (int c = 0; c < idx.length; c++) {
                t[idx[c]] = v[c];
            }
            return referenceLoss(t, h, f, set);
        }, at);
        double scale = Arrays.stream(numeric).map(Math::abs).max().orElseThrow();
        assertTrue(scale > 1e-3, "the gradient is not trivially zero");
        double err = GradientCheck.maxRelativeError(analytic, numeric, 1e-3 * scale);
        assertTrue(err < 1e-3, f + ": relative error " + err);
        // and the loss went down
        double before = referenceLoss(t0, h, f, set);
        TrainingOptions small = base.toBuilder().learningRate(0.05).epochs(1).build();
        double after = referenceLoss(toDouble(NetTrainer.train(set, small).net().parameterVector()), h, f, set);
        assertTrue(after < before, "a small step lowers the loss: " + before + " → " + after);
    }

    @Test
    void sameSeedSameWeightsWhateverTheThreadCount() {
        DigitSet set = few(600, 17); // 600 = 18 batches of 32 + one of 24
        TrainingOptions o = TrainingOptions.builder().hidden(40).epochs(2).seed(5).threads(1).build();
        float[] one = NetTrainer.train(set, o).net().parameterVector();
        float[] again = NetTrainer.train(set, o).net().parameterVector();
        float[] three = NetTrainer.train(set, o.toBuilder().threads(3).build()).net().parameterVector();
        float[] otherSeed = NetTrainer.train(set, o.toBuilder().seed(6).build()).net().parameterVector();
        assertArrayEquals(one, again, "same seed, same weights");
        assertArrayEquals(one, three, "1 thread and 3 threads give bit-identical weights");
        assertFalse(Arrays.equals(one, otherSeed), "another seed gives another net");
        for (HiddenActivation f : HiddenActivation.values()) {
            TrainingOptions of = o.toBuilder().activation(f).hidden(24).build();
            assertArrayEquals(NetTrainer.train(set, of).net().parameterVector(),
                    NetTrainer.train(set, of.toBuilder().threads(2).build()).net().parameterVector(), f.name());
        }
    }

    @Test
    void aShortRunLearnsTheEmbeddedDigits() {
        Mnist.TrainTest tt = Mnist.embeddedSplit(0.2, Mnist.DEFAULT_SPLIT_SEED);
        TrainingOptions o = TrainingOptions.builder().hidden(100).epochs(3).learningRate(0.5).learningRateDecay(0.9)
                .seed(1).build();
        TrainingResult r = NetTrainer.train(tt.train(), o);
        assertEquals(3, r.history().size());
        assertTrue(r.history().get(2).meanLoss() < r.history().get(0).meanLoss(), "training loss falls");
        ErrorRate test = r.net().errorRate(tt.test());
        // a 784-100-10 net after 3 epochs on 8,000 digits: stated bound 8 % test error (chance: 90 %)
        assertTrue(test.rate() < 0.08, "test error " + test);
        assertEquals(tt.test().size(), r.net().classProbabilities(tt.test()).length);
    }

    @Test
    void probabilitiesAreDistributions() {
        DigitSet set = few(50, 199);
        OneHiddenLayerNet net = NetTrainer.train(set, TrainingOptions.builder().hidden(16).epochs(1).build()).net();
        for (double[] p : net.classProbabilities(set)) {
            assertEquals(1.0, Arrays.stream(p).sum(), 1e-12);
            assertTrue(Arrays.stream(p).allMatch(v -> v >= 0 && v <= 1));
        }
    }

    @Test
    void rejectsBadOptions() {
        assertThrows(IllegalArgumentException.class, () -> TrainingOptions.builder().hidden(0).build());
        assertThrows(IllegalArgumentException.class, () -> TrainingOptions.builder().learningRate(-1).build());
        assertThrows(IllegalArgumentException.class, () -> TrainingOptions.builder().epochs(-1).build());
        assertThrows(IllegalArgumentException.class, () -> TrainingOptions.builder().threads(0).build());
    }
}
