package thw2.digits;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import thw2.args.Require;
import thw2.random.Shuffle;

/**
 * A deterministic stratified train/test split: every class contributes the same fraction of its
 * images to the test set (up to rounding), chosen at random with a stated seed.
 *
 * <p>Class c with n_c images gets t_c = ⌊f·n_c⌋ test images, plus one more for the classes with the
 * largest remainders f·n_c − ⌊f·n_c⌋ (ties to the smaller class) until Σ t_c = round(f·n). Within a
 * class the test images are the first t_c of a Fisher–Yates shuffle driven by
 * {@code new SplittableRandom(seed)}, the classes taken in order 0…9. Both index lists are sorted.
 */
public record StratifiedSplit(int[] train, int[] test, long seed) {

    public StratifiedSplit {
        train = Require.notNull(train, "train").clone();
        test = Require.notNull(test, "test").clone();
    }

    @Override
    public int[] train() {
        return train.clone();
    }

    @Override
    public int[] test() {
        return test.clone();
    }

    /** Splits indices 0…labels.length−1 by class, putting a fraction {@code testFraction} into the test set. */
    public static StratifiedSplit of(int[] labels, double testFraction, long seed) {
        Require.notNull(labels, "labels");
        Require.inRangeHalfOpen(testFraction, 0.0, 1.0, "testFraction");
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("labels[" + i + "] must be >= 0, got " + labels[i]);
            }
        }
        // only the classes that occur, in ascending order: a label of 200,000,000 costs one list, not
        // 200 million (classes without images take no test images and draw no random numbers anyway)
        int[] present = Arrays.stream(labels).distinct().sorted().toArray();
        int classes = present.length;
        List<List<Integer>> byClass = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            byClass.add(new ArrayList<>());
        }
        for (int i = 0; i < labels.length; i++) {
            byClass.get(Arrays.binarySearch(present, labels[i])).add(i);
        }
        int[] quota = new int[classes];
        double[] remainder = new double[classes];
        int assigned = 0;
        for (int c = 0; c < classes; c++) {
            double exact = testFraction * byClass.get(c).size();
            quota[c] = (int) Math.floor(exact);
            remainder[c] = exact - quota[c];
            assigned += quota[c];
        }
        int target = (int) Math.round(testFraction * labels.length);
        Integer[] order = new Integer[classes];
        for (int c = 0; c < classes; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> remainder[a] != remainder[b] ? Double.compare(remainder[b], remainder[a])
                : Integer.compare(a, b));
        for (int k = 0; assigned < target && k < classes; k++) {
            if (quota[order[k]] < byClass.get(order[k]).size()) {
                quota[order[k]]++;
                assigned++;
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        int[] test = new int[assigned];
        int[] train = new int[labels.length - assigned];
        int nt = 0;
        int nr = 0;
        for (int c = 0; c < classes; c++) {
            int[] idx = byClass.get(c).stream().mapToInt(Integer::intValue).toArray();
            Shuffle.inPlace(idx, rng);
            for (int k = 0; k < idx.length; k++) {
                if (k < quota[c]) {
                    test[nt++] = idx[k];
                } else {
                    train[nr++] = idx[k];
                }
            }
        }
        Arrays.sort(test);
        Arrays.sort(train);
        return new StratifiedSplit(train, test, seed);
    }
}
