package thw2.digits;

/**
 * Intensity-weighted moments of an image, with pixel (row y, column x) at coordinates (x, y), y
 * growing downwards: mass m = Σ I, centre x̄ = Σ I·x / m, ȳ = Σ I·y / m, and central second moments
 * S_xx = Σ I (x − x̄)², S_xy = Σ I (x − x̄)(y − ȳ), S_yy = Σ I (y − ȳ)².
 */
public record InkMoments(double mass, double meanX, double meanY, double sxx, double sxy, double syy) {

    /** The moments as given; the centre may be NaN only for a blank image (mass 0), whose centre is undefined. */
    public InkMoments {
        thw2.args.Require.nonNegative(mass, "mass");
        if (mass > 0) {
            thw2.args.Require.finite(meanX, "meanX");
            thw2.args.Require.finite(meanY, "meanY");
        }
        thw2.args.Require.nonNegative(sxx, "sxx");
        thw2.args.Require.finite(sxy, "sxy");
        thw2.args.Require.nonNegative(syy, "syy");
        // Cauchy–Schwarz: S_xy² ≤ S_xx·S_yy (with room for rounding), compared without squaring anything
        if (Math.abs(sxy) > Math.sqrt(sxx) * Math.sqrt(syy) * (1 + 1e-6)) {
            throw new IllegalArgumentException("sxy must satisfy sxy² ≤ sxx·syy (moments of one image), got sxy = " + sxy
                    + " with sxx = " + sxx + " and syy = " + syy);
        }
    }

    /** The moments of a row-major {@code rows × cols} image. */
    public static InkMoments of(float[] image, int rows, int cols) {
        InkBox.checkImage(image, rows, cols);
        double m = 0;
        double sx = 0;
        double sy = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                double v = image[y * cols + x];
                m += v;
                sx += v * x;
                sy += v * y;
            }
        }
        if (m == 0) {
            return new InkMoments(0, Double.NaN, Double.NaN, 0, 0, 0);
        }
        double mx = sx / m;
        double my = sy / m;
        double xx = 0;
        double xy = 0;
        double yy = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; x++) {
                double v = image[y * cols + x];
                double dx = x - mx;
                double dy = y - my;
                xx += v * dx * dx;
                xy += v * dx * dy;
                yy += v * dy * dy;
            }
        }
        return new InkMoments(m, mx, my, xx, xy, yy);
    }

    /**
     * The slant s = S_xy / S_yy: the slope dx/dy of the least-squares line x = x̄ + s (y − ȳ) through
     * the ink. It is 0 for a blank image or ink in one row (S_yy = 0).
     */
    public double slant() {
        return syy > 0 ? thw2.args.Require.finiteResult(sxy / syy, "the slant S_xy/S_yy = " + sxy + "/" + syy,
                "S_yy is too small for S_xy") : 0.0;
    }

    /**
     * Angle φ (radians, in (−π/2, π/2]) between the first principal axis of the ink and the vertical:
     * the axis direction (dx, dy) is the leading eigenvector of [[S_xx, S_xy], [S_xy, S_yy]], and
     * tan 2φ = 2 S_xy / (S_yy − S_xx). The axis (a line) depends continuously on the moments except
     * where the two eigenvalues are equal, S_xx = S_yy and S_xy = 0 (a round blob): there it is
     * undefined (NaN), and nearby digits can have axes in any direction. |φ| exceeds π/4 exactly when
     * S_xx &gt; S_yy (ink spread more sideways than downwards), and a shear by tan φ is then more than one
     * pixel per row, unbounded as the axis turns horizontal — the reason deslanting uses {@link #slant()}.
     */
    public double principalAxisAngleFromVertical() {
        if (sxy == 0 && sxx == syy) {
            return Double.NaN;
        }
        // orientation of the major axis measured from the y axis: tan 2φ = 2 S_xy / (S_yy − S_xx)
        return 0.5 * Math.atan2(2 * sxy, syy - sxx);
    }
}
