package thw2.digits;

import java.util.ArrayList;
import java.util.List;
import thw2.args.Require;

/**
 * One preprocessing of the digits: a training set and its test set, both preprocessed the same way, so
 * that a net trained on {@code train} is scored on test digits that look like its training digits.
 *
 * <p>Question 2 (Meier, Cireşan, Gambardella, Schmidhuber, ICDAR 2011) gives every member of a committee
 * its own variant, to decorrelate the members' errors: the original digits, the deslanted digits
 * ({@link Deslanting}) and seven width normalizations W = 8, 10, …, 20 ({@link WidthNormalization#of}).
 *
 * @param name  what the preprocessing is, e.g. "width 12"
 * @param train the preprocessed training digits
 * @param test  the test digits, preprocessed like {@code train}
 */
public record Variant(String name, DigitSet train, DigitSet test) {

    /**
     * @throws IllegalArgumentException if an argument is null or the two sets' images differ in size
     */
    public Variant {
        Require.notNull(name, "name");
        Require.notNull(train, "train");
        Require.notNull(test, "test");
        if (train.rows() != test.rows() || train.cols() != test.cols()) {
            throw new IllegalArgumentException("train and test must have images of the same size, got "
                    + train.rows() + "×" + train.cols() + " and " + test.rows() + "×" + test.cols());
        }
    }

    /**
     * The paper's nine training sets, in this order: "original" (the digits as given), "deslanted"
     * ({@link Deslanting#apply(DigitSet)}), and "width 8", "width 10", …, "width 20"
     * ({@link WidthNormalization#of(int)}: the ink box resampled to W × 20 pixels and centred, the
     * digits at most 8 pixels wide once deslanted left as written).
     *
     * @param train the training digits, at least 20 × 20 pixels
     * @param test  the test digits, of the same size
     * @return the nine variants
     * @throws IllegalArgumentException if a set is null, the sizes differ, or the images are smaller
     *         than the 20 × 20 box of the widest normalization
     */
    public static List<Variant> nineTrainingSets(DigitSet train, DigitSet test) {
        Require.notNull(train, "train");
        Require.notNull(test, "test");
        if (train.rows() < WidthNormalization.HEIGHT || train.cols() < 20) {
            throw new IllegalArgumentException("train must have images of at least 20 × 20 pixels (the widest box), got "
                    + train.rows() + "×" + train.cols());
        }
        List<Variant> out = new ArrayList<>();
        out.add(new Variant("original", train, test));
        out.add(new Variant("deslanted", Deslanting.apply(train), Deslanting.apply(test)));
        for (int w = 8; w <= 20; w += 2) {
            WidthNormalization wn = WidthNormalization.of(w);
            out.add(new Variant("width " + w, wn.apply(train), wn.apply(test)));
        }
        return List.copyOf(out);
    }
}
