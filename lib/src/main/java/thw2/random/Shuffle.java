package thw2.random;

import java.util.SplittableRandom;
import thw2.args.Require;

/** Seeded shuffling, the one used for every epoch order and random split in the library. */
public final class Shuffle {
    private Shuffle() {}

    /**
     * Shuffles {@code a} in place (modifies it) by Fisher–Yates: for i = n−1 down to 1, swap a[i] with
     * a[j], j uniform in [0, i]. Every permutation is equally likely, and the same generator state
     * gives the same order.
     */
    public static void inPlace(int[] a, SplittableRandom rng) {
        Require.notNull(a, "a");
        Require.notNull(rng, "rng");
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
