package thw2.digits;

import java.util.Optional;
import thw2.args.Require;

/**
 * Width normalization (Meier, Cireşan, Gambardella, Schmidhuber, "Better Digit Recognition with a
 * Committee of Simple Neural Nets", ICDAR 2011): every digit is stretched or squeezed so that its ink
 * bounding box becomes {@code width × height} pixels.
 *
 * <p>Steps: find the ink bounding box (pixels &gt; 0); resample the box to {@code height} rows and
 * {@code width} columns by area averaging (each output pixel is the mean of the input over the
 * rectangle it covers, input pixels taken as constant unit squares, so every output is a convex
 * combination of inputs and stays in [0, 1]); place the result with its bounding box centred in the
 * frame (left column ⌊(cols − width)/2⌋, top row ⌊(rows − height)/2⌋). MNIST itself centres by centre
 * of mass; here the box is centred, so all digits of one variant occupy the same rectangle.
 *
 * <p>The paper leaves the digit 1 out. Labels are unknown at test time, so the rule here is label-free:
 * a digit is returned unchanged when its ink box is at most {@code keepAtMost} pixels wide, measured
 * on the digit itself or, if {@code measureDeslanted}, on its deslanted version ({@link Deslanting};
 * ink below half a grey level ignored). A slanted 1 is wide, a deslanted 1 is narrow: on the 10,000
 * embedded digits "at most 8 px after deslanting" keeps 882 of the 1127 ones and 4 other digits, while
 * "at most 7 px as written" keeps only 398 ones. A blank image is returned unchanged too.
 *
 * @param width            target box width in pixels
 * @param height           target box height in pixels (20 in the paper and in MNIST)
 * @param keepAtMost       digits whose ink box is at most this wide are left alone
 * @param measureDeslanted measure that width after deslanting
 */
public record WidthNormalization(int width, int height, int keepAtMost, boolean measureDeslanted) {
    /** Target height of the ink box, as in MNIST's 20×20 size normalization. */
    public static final int HEIGHT = 20;
    /** Default limit of the label-free rule: digits at most 8 px wide once deslanted are kept as they are. */
    public static final int KEEP_AT_MOST = 8;

    public WidthNormalization {
        Require.positive(width, "width");
        Require.positive(height, "height");
        if (keepAtMost < 0) {
            throw new IllegalArgumentException("keepAtMost must be >= 0, got " + keepAtMost);
        }
    }

    /** Width {@code width}, height 20, digits at most 8 px wide after deslanting kept. */
    public static WidthNormalization of(int width) {
        return new WidthNormalization(width, HEIGHT, KEEP_AT_MOST, true);
    }

    /** True when the label-free rule leaves this digit unchanged (a blank image included). */
    public boolean keepsUnchanged(float[] image, int rows, int cols) {
        InkBox.checkImage(image, rows, cols);
        float[] measured = image;
        if (measureDeslanted) {
            measured = Deslanting.apply(image, rows, cols);
            for (int p = 0; p < measured.length; p++) {
                if (measured[p] < 0.5f / 255f) {
                    measured[p] = 0f;
                }
            }
        }
        Optional<InkBox> box = InkBox.of(measured, rows, cols);
        return box.isEmpty() || box.get().width() <= keepAtMost;
    }

    /** The transformed image (a new array); the input is not modified. */
    public float[] apply(float[] image, int rows, int cols) {
        InkBox.checkImage(image, rows, cols);
        if (width > cols || height > rows) {
            throw new IllegalArgumentException("a " + width + "×" + height + " box does not fit a " + cols + "×"
                    + rows + " image");
        }
        if (keepsUnchanged(image, rows, cols)) {
            return image.clone();
        }
        InkBox box = InkBox.of(image, rows, cols).orElseThrow();
        double[][] wy = areaWeights(box.height(), height);
        double[][] wx = areaWeights(box.width(), width);
        // separable: first along x (height rows of the box × width), then along y
        double[][] tmp = new double[box.height()][width];
        for (int sy = 0; sy < box.height(); sy++) {
            int rowStart = (box.top() + sy) * cols + box.left();
            for (int tx = 0; tx < width; tx++) {
                double s = 0;
                for (int sx = 0; sx < box.width(); sx++) {
                    s += wx[tx][sx] * image[rowStart + sx];
                }
                tmp[sy][tx] = s;
            }
        }
        float[] out = new float[rows * cols];
        int top = (rows - height) / 2;
        int left = (cols - width) / 2;
        for (int ty = 0; ty < height; ty++) {
            for (int tx = 0; tx < width; tx++) {
                double s = 0;
                for (int sy = 0; sy < box.height(); sy++) {
                    s += wy[ty][sy] * tmp[sy][tx];
                }
                out[(top + ty) * cols + left + tx] = (float) Math.min(1.0, Math.max(0.0, s));
            }
        }
        return out;
    }

    /** Every digit of {@code set} width-normalized; the new set is named "{name}, width W". */
    public DigitSet apply(DigitSet set) {
        Require.notNull(set, "set");
        return set.map(img -> apply(img, set.rows(), set.cols()), set.name() + ", width " + width);
    }

    /**
     * How many digits of each class the label-free rule leaves unchanged ({@link #keepsUnchanged}): the
     * rule must keep most ones and hardly any other digit (Question 2's note on the ones).
     *
     * @param set the digits to count
     * @return entry c: the number of digits of class c that this normalization keeps as written
     */
    public int[] keptPerClass(DigitSet set) {
        Require.notNull(set, "set");
        int[] kept = new int[DigitSet.CLASSES];
        for (int i = 0; i < set.size(); i++) {
            if (keepsUnchanged(set.image(i), set.rows(), set.cols())) {
                kept[set.label(i)]++;
            }
        }
        return kept;
    }

    /**
     * Area-averaging weights from {@code source} unit cells onto {@code target} cells of size
     * source/target: w[t][s] = |[s, s+1) ∩ [t·r, (t+1)·r)| / r with r = source/target. Each row sums
     * to 1.
     */
    static double[][] areaWeights(int source, int target) {
        double r = source / (double) target;
        double[][] w = new double[target][source];
        for (int t = 0; t < target; t++) {
            double a = t * r;
            double b = (t + 1) * r;
            for (int s = (int) Math.floor(a); s < Math.min(source, (int) Math.ceil(b)); s++) {
                double overlap = Math.min(b, s + 1) - Math.max(a, s);
                if (overlap > 0) {
                    w[t][s] = overlap / r;
                }
            }
        }
        return w;
    }
}
