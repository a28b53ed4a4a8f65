package thw2.stats;

import thw2.args.Require;

/**
 * A histogram scaled as a probability density: bins of width w from lo up, and in bin j the fraction
 * of all n values that fall into [lo + j·w, lo + (j + 1)·w), divided by w,
 *
 * <pre>
 *   density_j = #{i : lo + j·w ≤ xᵢ &lt; lo + (j + 1)·w} / (n·w),
 * </pre>
 *
 * so that it can be drawn beside a density. Values outside the bins count in n but in no bin: the
 * area under the histogram is the fraction of values inside [lo, hi). Question 1b draws the spread of
 * a normalized example this way. Immutable.
 */
public final class Histogram {
    private final double[] centers;
    private final double[] densities;

    private Histogram(double[] centers, double[] densities) {
        this.centers = centers;
        this.densities = densities;
    }

    /**
     * The density histogram of {@code values} over [left, right) in bins of width {@code binWidth};
     * the number of bins is (right − left)/binWidth rounded to the nearest integer.
     *
     * @param values   the values, at least one, all finite
     * @param left     lo, the left edge of the first bin
     * @param right    hi, the right edge of the last bin, &gt; lo
     * @param binWidth w &gt; 0
     * @return the histogram
     * @throws IllegalArgumentException if values is empty or has a non-finite entry, left or right is
     *         not finite, right ≤ left, w ≤ 0, or the bins would be fewer than one or too many
     */
    public static Histogram of(double[] values, double left, double right, double binWidth) {
        Require.finite(Require.nonEmpty(values, "values"), "values");
        Require.finite(left, "left");
        Require.finite(right, "right");
        if (!(right > left)) {
            throw new IllegalArgumentException("right must be > left, got left = " + left + " and right = " + right);
        }
        Require.positive(binWidth, "binWidth");
        double count = Math.rint((right - left) / binWidth);
        if (!(count >= 1)) {
            throw new IllegalArgumentException("binWidth must be at most right − left = " + (right - left) + ", got " + binWidth);
        }
        Require.entries(count, "(right − left)/binWidth bins");
        double lo = left;
        int bins = (int) count;
        double[] centers = new double[bins];
        for (int j = 0; j < bins; j++) {
            centers[j] = lo + (j + 0.5) * binWidth;
        }
        long[] counts = new long[bins];
        for (double v : values) {
            double j = Math.floor((v - lo) / binWidth);
            if (j >= 0 && j < bins) {
                counts[(int) j]++;
            }
        }
        double[] densities = new double[bins];
        for (int j = 0; j < bins; j++) {
            densities[j] = counts[j] / (values.length * binWidth);
        }
        return new Histogram(centers, densities);
    }

    /** The number of bins. */
    public int bins() {
        return centers.length;
    }

    /** The bins' centres lo + (j + ½)·w. */
    public double[] centers() {
        return centers.clone();
    }

    /** The bins' densities (count in the bin)/(n·w). */
    public double[] densities() {
        return densities.clone();
    }
}
