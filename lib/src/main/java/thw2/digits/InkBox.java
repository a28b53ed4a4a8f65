package thw2.digits;

import java.util.Optional;
import thw2.args.Require;

/**
 * The ink bounding box of an image: the smallest rectangle of pixels (inclusive bounds) holding every
 * pixel with intensity &gt; 0.
 */
public record InkBox(int top, int left, int bottom, int right) {

    public InkBox {
        if (top < 0 || left < 0) {
            throw new IllegalArgumentException("top and left must be >= 0, got top = " + top + ", left = " + left);
        }
        if (bottom < top || right < left) {
            throw new IllegalArgumentException("bottom must be >= top and right >= left, got top = " + top
                    + ", bottom = " + bottom + ", left = " + left + ", right = " + right);
        }
    }

    /** Width in pixels, right − left + 1. */
    public int width() {
        return right - left + 1;
    }

    /** Height in pixels, bottom − top + 1. */
    public int height() {
        return bottom - top + 1;
    }

    /** The ink box of a row-major {@code rows × cols} image, or empty for a blank image. */
    public static Optional<InkBox> of(float[] image, int rows, int cols) {
        checkImage(image, rows, cols);
        int top = rows;
        int left = cols;
        int bottom = -1;
        int right = -1;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (image[r * cols + c] > 0f) {
                    top = Math.min(top, r);
                    bottom = Math.max(bottom, r);
                    left = Math.min(left, c);
                    right = Math.max(right, c);
                }
            }
        }
        return bottom < 0 ? Optional.empty() : Optional.of(new InkBox(top, left, bottom, right));
    }

    static void checkImage(float[] image, int rows, int cols) {
        Require.notNull(image, "image");
        Require.positive(rows, "rows");
        Require.positive(cols, "cols");
        if (image.length != (long) rows * cols) {
            throw new IllegalArgumentException("image must hold rows·cols = " + (long) rows * cols + " pixels, got "
                    + image.length);
        }
        for (int p = 0; p < image.length; p++) {
            if (!Float.isFinite(image[p])) {
                throw new IllegalArgumentException("image[" + p + "] must be finite, got " + image[p]);
            }
        }
    }
}
