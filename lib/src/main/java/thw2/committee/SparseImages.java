package thw2.committee;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import thw2.digits.DigitSet;

/**
 * Images in compressed sparse row form: for image i, the non-zero pixels are
 * {@code index[start[i] … start[i+1])} (ascending) with intensities {@code value[…]} = g/255.
 * MNIST digits are 74–88 % background, so the nets' first layer only ever touches these.
 * Immutable by convention: nothing writes to the arrays after {@link #of} has built them.
 */
final class SparseImages {
    final int size;
    final int inputs;
    final int[] start;
    final int[] index;
    final float[] value;
    final int[] labels;

    private SparseImages(int size, int inputs, int[] start, int[] index, float[] value, int[] labels) {
        this.size = size;
        this.inputs = inputs;
        this.start = start;
        this.index = index;
        this.value = value;
        this.labels = labels;
    }

    /** g/255 for every grey level g, as {@link DigitSet#image} computes it. */
    private static final float[] INTENSITY = new float[256];

    static {
        for (int g = 0; g < 256; g++) {
            INTENSITY[g] = g / 255f;
        }
    }

    /**
     * The sparse form of the last few sets converted, by identity (a DigitSet is immutable): training
     * several nets on one set, or scoring them on one test set, converts it once. Weak keys: the cache
     * never keeps a set alive, and an entry goes with its set.
     */
    private static final int CACHED = 4;
    private static final List<Map.Entry<WeakReference<DigitSet>, SparseImages>> CACHE = new ArrayList<>();

    /** The sparse form of {@code set} (shared: callers must not modify it). */
    static SparseImages of(DigitSet set) {
        synchronized (CACHE) {
            CACHE.removeIf(e -> e.getKey().get() == null);
            for (int k = 0; k < CACHE.size(); k++) {
                if (CACHE.get(k).getKey().get() == set) {
                    Map.Entry<WeakReference<DigitSet>, SparseImages> hit = CACHE.remove(k);
                    CACHE.add(hit); // most recently used last
                    return hit.getValue();
                }
            }
        }
        SparseImages s = convert(set);
        synchronized (CACHE) {
            if (CACHE.size() == CACHED) {
                CACHE.remove(0);
            }
            CACHE.add(Map.entry(new WeakReference<>(set), s));
        }
        return s;
    }

    private static SparseImages convert(DigitSet set) {
        int n = set.size();
        int p = set.pixelsPerImage();
        int[] start = new int[n + 1];
        int[] index = new int[Math.max(16, n * 64)];
        float[] value = new float[index.length];
        int nnz = 0;
        for (int i = 0; i < n; i++) {
            if (nnz + p > index.length) {
                int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) nnz + p, 2L * index.length));
                index = Arrays.copyOf(index, grown);
                value = Arrays.copyOf(value, grown);
            }
            for (int q = 0; q < p; q++) { // without a branch: write every pixel, keep the inked ones
                int g = set.grey(i, q);
                index[nnz] = q;
                value[nnz] = INTENSITY[g];
                nnz += g != 0 ? 1 : 0;
            }
            start[i + 1] = nnz;
        }
        return new SparseImages(n, p, start, Arrays.copyOf(index, nnz), Arrays.copyOf(value, nnz), set.labels());
    }
}
