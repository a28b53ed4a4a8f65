package thw2.reference;

import thw2.args.Require;

/**
 * The geometry of a grey-level digit by its definitions, to check preprocessing against: the ink's
 * mass, its central moments S_xy and S_yy, and its bounding box. Pixel (row y, column x) of a row-major
 * {@code rows × cols} image has intensity I(x, y) and sits at coordinates (x, y), y growing downwards.
 *
 * <p>Used by Question 2: width normalization must leave an ink box of exactly W × 20 pixels, centred;
 * deslanting must make S_xy = 0.
 */
public final class InkGeometry {
    private InkGeometry() {}

    /**
     * The ink's mass m = Σ I(x, y).
     *
     * @throws IllegalArgumentException if {@code image} is null or has a non-finite pixel
     */
    public static double mass(float[] image) {
        check(image);
        double m = 0;
        for (float v : image) {
            m += v;
        }
        return m;
    }

    /**
     * The central cross moment S_xy = Σ I (x − x̄)(y − ȳ), with x̄ = Σ I x / m and ȳ = Σ I y / m; 0 for a
     * blank image.
     *
     * @throws IllegalArgumentException if the image does not hold {@code rows × cols} finite pixels
     */
    public static double sxy(float[] image, int rows, int cols) {
        return centralMoment(image, rows, cols, true);
    }

    /**
     * The central moment S_yy = Σ I (y − ȳ)² about the centre row; 0 for a blank image.
     *
     * @throws IllegalArgumentException if the image does not hold {@code rows × cols} finite pixels
     */
    public static double syy(float[] image, int rows, int cols) {
        return centralMoment(image, rows, cols, false);
    }

    /**
     * The ink box: the first and last row and column holding a pixel &gt; 0.
     *
     * @return {top, left, bottom, right} (inclusive), or an empty array for a blank image
     * @throws IllegalArgumentException if the image does not hold {@code rows × cols} finite pixels
     */
    public static int[] inkBox(float[] image, int rows, int cols) {
        checkShape(image, rows, cols);
        int top = -1;
        int bottom = -1;
        int left = -1;
        int right = -1;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                if (image[y * cols + x] > 0) {
                    if (top < 0) {
                        top = y;
                    }
                    bottom = y;
                }
            }
        }
        for (int x = 0; x < cols; x++) {
            for (int y = 0; y < rows; y++) {
                if (image[y * cols + x] > 0) {
                    if (left < 0) {
                        left = x;
                    }
                    right = x;
                }
            }
        }
        return top < 0 ? new int[0] : new int[] {top, left, bottom, right};
    }

    private static double centralMoment(float[] image, int rows, int cols, boolean cross) {
        checkShape(image, rows, cols);
        double m = mass(image);
        if (m == 0) {
            return 0;
        }
        double sumX = 0;
        double sumY = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                double v = image[y * cols + x];
                sumX += v * x;
                sumY += v * y;
            }
        }
        double meanX = sumX / m;
        double meanY = sumY / m;
        double s = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                double v = image[y * cols + x];
                s += v * (cross ? (x - meanX) * (y - meanY) : (y - meanY) * (y - meanY));
            }
        }
        return s;
    }

    private static void check(float[] image) {
        Require.notNull(image, "image");
        for (int p = 0; p < image.length; p++) {
            if (!Float.isFinite(image[p])) {
                throw new IllegalArgumentException("image[" + p + "] must be finite, got " + image[p]);
            }
        }
    }

    private static void checkShape(float[] image, int rows, int cols) {
        check(image);
        Require.positive(rows, "rows");
        Require.positive(cols, "cols");
        if (image.length != (long) rows * cols) {
            throw new IllegalArgumentException("image must hold rows × cols = " + (long) rows * cols
                    + " pixels, got " + image.length);
        }
    }
}
