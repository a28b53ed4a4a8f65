package thw2.robustness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import thw2.committee.NetTrainer;
import thw2.committee.TrainingOptions;
import thw2.digits.DigitSet;
import thw2.digits.Mnist;
import thw2.nn.DenseArchitecture;
import thw2.nn.Mlp;
import thw2.optim.Minibatches;
import thw2.show.Charts;
import thw2.show.Picture;

/**
 * Descriptions and labels say what the data is, not what it usually is (issue 24: a net trained on
 * 4×4 digits was described as "784-16-10"): for data of random sizes (fixed seed), every description
 * built from it names those sizes, and none names MNIST's 784 pixels when the images are not 28×28.
 */
class DescriptionProperties {
    private static final long SEED = 24L;

    private static DigitSet digits(int rows, int cols, int n) {
        byte[] pixels = new byte[n * rows * cols];
        byte[] labels = new byte[n];
        for (int i = 0; i < n; i++) {
            labels[i] = (byte) (i % 10);
            pixels[i * rows * cols + i % (rows * cols)] = (byte) 255;
        }
        return DigitSet.of("random", rows, cols, pixels, labels);
    }

    private static void assertNames(String description, String... parts) {
        for (String p : parts) {
            assertTrue(description.contains(p), "\"" + description + "\" should name " + p);
        }
        if (!String.join(" ", parts).contains("784")) {
            assertTrue(!description.contains("784"), "\"" + description + "\" names 784, which its data does not have");
        }
    }

    @Test
    void aTrainedNetNamesItsDataSize() {
        SplittableRandom rng = new SplittableRandom(SEED);
        for (int t = 0; t < 4; t++) {
            int rows = rng.nextInt(2, 9);
            int cols = rng.nextInt(2, 9);
            int hidden = rng.nextInt(1, 6);
            DigitSet d = digits(rows, cols, 20);
            String description = NetTrainer.train(d, TrainingOptions.builder().hidden(hidden).epochs(1).threads(1).build())
                    .net().description();
            assertNames(description, (rows * cols) + "-" + hidden + "-10 ", " on random");
        }
    }

    @Test
    void dataAndModelsNameTheirSizes() {
        SplittableRandom rng = new SplittableRandom(SEED + 1);
        for (int t = 0; t < 20; t++) {
            int rows = rng.nextInt(1, 40);
            int cols = rng.nextInt(1, 40);
            int n = rng.nextInt(1, 30);
            assertNames(digits(rows, cols, n).toString(), n + " images of " + rows + "×" + cols);
            int in = rng.nextInt(1, 50);
            int hidden = rng.nextInt(1, 50);
            int out = rng.nextInt(1, 12);
            assertNames(DenseArchitecture.of(in, hidden, out).toString(), in + " → " + hidden + " → " + out);
            Mlp net = Mlp.builder(in, hidden, out).seed(t).build();
            assertNames(net.toString(), "[" + in + ", " + hidden + ", " + out + "]",
                    ((long) in * hidden + hidden + (long) hidden * out + out) + " parameters");
            int examples = rng.nextInt(1, 1000);
            int batch = rng.nextInt(1, 100);
            assertNames(Minibatches.inOrder(examples, batch, (b, th) -> th.clone()).toString(), "N=" + examples,
                    "B=" + Math.min(batch, examples));
            int width = rng.nextInt(100, 900);
            int height = rng.nextInt(100, 900);
            var chart = Charts.xy("title " + t, "x", "y", width, height);
            Charts.line(chart, "series " + t, new double[] {0, 1}, new double[] {1, 0});
            assertNames(Picture.of(chart).toString(), "\"title " + t + "\"", width + "×" + height, "series " + t);
        }
    }

    @Test
    void aDirectoryOfIdxFilesIsDescribedByItsCounts(@TempDir Path dir) throws IOException {
        int[][] sizes = {{3, 2}, {5, 1}};
        String[] sets = {"train", "t10k"};
        for (int s = 0; s < 2; s++) {
            int n = sizes[s][0];
            int side = 2;
            byte[] images = new byte[16 + n * side * side];
            images[2] = 8;
            images[3] = 3;
            images[7] = (byte) n;
            images[11] = (byte) side;
            images[15] = (byte) side;
            byte[] labels = new byte[8 + n];
            labels[2] = 8;
            labels[3] = 1;
            labels[7] = (byte) n;
            Files.write(dir.resolve(sets[s] + "-images-idx3-ubyte"), images);
            Files.write(dir.resolve(sets[s] + "-labels-idx1-ubyte"), labels);
        }
        Mnist.TrainTest tt = Mnist.fromDirectory(dir);
        assertNames(tt.description(), "3 training and 5 test digits");
        assertNames(tt.train().toString(), "3 images of 2×2");
    }
}
