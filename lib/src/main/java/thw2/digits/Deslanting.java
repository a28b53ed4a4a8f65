package thw2.digits;

import thw2.args.Require;

/**
 * Deslanting by a horizontal shear that makes the digit's axis vertical.
 *
 * <p>The paper (Meier et al., ICDAR 2011) shears by "the angle of the first principal component of
 * the pixel intensities with respect to the vertical axis". Taken literally that angle is undefined
 * for a round blob (S_xx = S_yy, S_xy = 0), and for ink spread more sideways than downwards
 * (S_xx &gt; S_yy) it is more than 45° from the vertical, so that a shear by its tangent moves rows by
 * more than one pixel per row, without bound as the axis turns horizontal (see
 * {@link InkMoments#principalAxisAngleFromVertical()}). The well-posed version used here is the
 * least-squares slant s = S_xy / S_yy (the slope dx/dy of the regression line of x on y through the
 * ink): every row y is shifted horizontally by −s (y − ȳ),
 *
 * <pre>  I'(x, y) = I(x + s (y − ȳ), y),</pre>
 *
 * with linear interpolation between the two nearest pixels of the row. The shear keeps every row,
 * the centre of mass and S_yy, and makes the new cross moment S'_xy = S_xy − s S_yy = 0: the
 * regression line becomes vertical. (Linear interpolation shifts each row's mass and centroid exactly,
 * so this holds on the pixel grid too, as long as no ink is pushed out of the frame; ink pushed beyond
 * the border is lost.) s depends continuously on the image and exists whenever the ink spans more
 * than one row.
 */
public final class Deslanting {
    private Deslanting() {}

    /** The deslanted image (a new array); the input is not modified. */
    public static float[] apply(float[] image, int rows, int cols) {
        InkMoments m = InkMoments.of(image, rows, cols);
        return shear(image, rows, cols, m.slant(), m.mass() == 0 ? 0 : m.meanY());
    }

    /**
     * Shears an image: row y is resampled as I'(x, y) = I(x + s (y − y0), y) by linear interpolation,
     * pixels outside the frame counting as 0.
     */
    public static float[] shear(float[] image, int rows, int cols, double s, double y0) {
        InkBox.checkImage(image, rows, cols);
        Require.finite(s, "s");
        Require.finite(y0, "y0");
        float[] out = new float[rows * cols];
        for (int y = 0; y < rows; y++) {
            double d = s * (y - y0);
            int shift = (int) Math.floor(d);
            double f = d - shift;
            for (int x = 0; x < cols; x++) {
                int i = x + shift;
                double a = (i >= 0 && i < cols) ? image[y * cols + i] : 0.0;
                double b = (i + 1 >= 0 && i + 1 < cols) ? image[y * cols + i + 1] : 0.0;
                double v = (1 - f) * a + f * b;
                out[y * cols + x] = (float) Math.min(1.0, Math.max(0.0, v));
            }
        }
        return out;
    }

    /** The largest shear, in pixels per row, that {@link #principalAxisShear} applies. */
    public static final double MAX_PRINCIPAL_AXIS_SHEAR = 50;

    /**
     * The seed's literal reading, for comparison: a shear by tan φ, with φ the angle of the first
     * principal axis from the vertical ({@link InkMoments#principalAxisAngleFromVertical()}), about the
     * centre row ȳ, I'(x, y) = I(x + tan φ · (y − ȳ), y). Where |φ| &gt; 45° this moves the rows by more
     * than one pixel per row; tan φ is limited to ±{@value #MAX_PRINCIPAL_AXIS_SHEAR} pixels per row (a
     * larger shear empties a 28-pixel frame just as well). A blank digit, or one whose axis is undefined
     * (a round blob), is returned unchanged. Question 2's Going further shows what it does to wide digits.
     *
     * @param image a row-major {@code rows × cols} image, not modified
     * @return the sheared image (a new array)
     * @throws IllegalArgumentException if the image does not have {@code rows × cols} finite pixels
     */
    public static float[] principalAxisShear(float[] image, int rows, int cols) {
        InkMoments m = InkMoments.of(image, rows, cols);
        double phi = m.principalAxisAngleFromVertical();
        if (m.mass() == 0 || Double.isNaN(phi)) {
            return image.clone();
        }
        double s = Math.max(-MAX_PRINCIPAL_AXIS_SHEAR, Math.min(MAX_PRINCIPAL_AXIS_SHEAR, Math.tan(phi)));
        return shear(image, rows, cols, s, m.meanY());
    }

    /** Every digit of {@code set} deslanted; the new set is named "{name}, deslanted". */
    public static DigitSet apply(DigitSet set) {
        Require.notNull(set, "set");
        return set.map(img -> apply(img, set.rows(), set.cols()), set.name() + ", deslanted");
    }
}
