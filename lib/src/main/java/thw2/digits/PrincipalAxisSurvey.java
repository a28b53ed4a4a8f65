package thw2.digits;

import java.util.ArrayList;
import java.util.List;
import thw2.args.Require;

/**
 * The first principal axis and the slant of every digit of a set, and how often the axis is closer to
 * horizontal than to vertical: Question 2's evidence that shearing by the principal-component angle
 * (the paper's wording) is ill-posed for many digits, while the slant s = S_xy / S_yy used by
 * {@link Deslanting} stays small.
 *
 * <p>For each digit, φ = {@link InkMoments#principalAxisAngleFromVertical()} (tan 2φ = 2 S_xy / (S_yy −
 * S_xx), undefined for a round blob) and s = {@link InkMoments#slant()}. Immutable.
 */
public final class PrincipalAxisSurvey {
    private final int[] labels;
    private final double[] angles;
    private final double[] slants;

    private PrincipalAxisSurvey(int[] labels, double[] angles, double[] slants) {
        this.labels = labels;
        this.angles = angles;
        this.slants = slants;
    }

    /**
     * Measures every digit of {@code set}.
     *
     * @param set the digits
     * @return the survey
     * @throws IllegalArgumentException if {@code set} is null
     */
    public static PrincipalAxisSurvey of(DigitSet set) {
        Require.notNull(set, "set");
        int n = set.size();
        double[] angles = new double[n];
        double[] slants = new double[n];
        for (int i = 0; i < n; i++) {
            InkMoments m = InkMoments.of(set.image(i), set.rows(), set.cols());
            angles[i] = m.principalAxisAngleFromVertical();
            slants[i] = m.slant();
        }
        return new PrincipalAxisSurvey(set.labels(), angles, slants);
    }

    /** The number of digits surveyed. */
    public int size() {
        return labels.length;
    }

    /**
     * φ of digit {@code i}, in radians in (−π/2, π/2], NaN where the axis is undefined.
     *
     * @throws IllegalArgumentException if {@code i} is not an index of the set
     */
    public double angle(int i) {
        Require.index(i, labels.length, "i");
        return angles[i];
    }

    /**
     * Per class, the digits whose first principal axis is more than 45° from the vertical (|φ| &gt; π/4,
     * which holds exactly when S_xx &gt; S_yy) or undefined: those a shear by tan φ moves by more than
     * one pixel per row, or not at all.
     *
     * @return entry c: the count among the digits of class c
     */
    public int[] axisNearerHorizontalByClass() {
        int[] out = new int[DigitSet.CLASSES];
        for (int i = 0; i < labels.length; i++) {
            if (Double.isNaN(angles[i]) || Math.abs(angles[i]) > Math.PI / 4) {
                out[labels[i]]++;
            }
        }
        return out;
    }

    /**
     * The number of digits whose slant exceeds {@code pixelsPerRow}: |S_xy / S_yy| &gt; pixelsPerRow.
     *
     * @throws IllegalArgumentException if {@code pixelsPerRow} is not finite
     */
    public int slantAbove(double pixelsPerRow) {
        Require.finite(pixelsPerRow, "pixelsPerRow");
        int k = 0;
        for (double s : slants) {
            if (Math.abs(s) > pixelsPerRow) {
                k++;
            }
        }
        return k;
    }

    /**
     * Examples to look at: going through the set in order, the first digit of each class (other than
     * {@code skippedClass}) whose axis is more than {@code minAngle} from the vertical, |φ| &gt; minAngle,
     * until there are {@code count}.
     *
     * @param minAngle     the angle in radians
     * @param count        the most examples to return, ≥ 1
     * @param skippedClass a class to leave out (a class outside 0…9 leaves none out)
     * @return the indices of the examples in the set, in the set's order
     * @throws IllegalArgumentException if {@code minAngle} is not finite or {@code count} is not positive
     */
    public int[] examples(double minAngle, int count, int skippedClass) {
        Require.finite(minAngle, "minAngle");
        Require.positive(count, "count");
        List<Integer> out = new ArrayList<>();
        boolean[] taken = new boolean[DigitSet.CLASSES];
        for (int i = 0; i < labels.length && out.size() < count; i++) {
            if (labels[i] != skippedClass && !taken[labels[i]] && Math.abs(angles[i]) > minAngle) {
                taken[labels[i]] = true;
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
