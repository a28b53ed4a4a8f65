package thw2.committee;

import java.util.Arrays;
import thw2.digits.DigitSet;

/**
 * Images in compressed sparse row form: for image i, the non-zero pixels are
 * {@code index[start[i] … start[i+1])} (ascending) with intensities {@code value[…]} = g/255.
 * MNIST digits are 74–88 % background, so the nets' first layer only ever touches these.
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

    static SparseImages of(DigitSet set) {
        int n = set.size();
        int p = set.pixelsPerImage();
        int[] start = new int[n + 1];
        int[] index = new int[Math.max(16, n * 64)];
        float[] value = new float[index.length];
        int nnz = 0;
        for (int i = 0; i < n; i++) {
            float[] image = set.image(i); // g/255 for every pixel
            if (nnz + p > index.length) {
                int grown = (int) Math.min(Integer.MAX_VALUE - 8, Math.max((long) nnz + p, 2L * index.length));
                index = Arrays.copyOf(index, grown);
                value = Arrays.copyOf(value, grown);
            }
            for (int q = 0; q < p; q++) { // without a branch: write every pixel, keep the inked ones
                float v = image[q];
                index[nnz] = q;
                value[nnz] = v;
                nnz += v != 0 ? 1 : 0;
            }
            start[i + 1] = nnz;
        }
        return new SparseImages(n, p, start, Arrays.copyOf(index, nnz), Arrays.copyOf(value, nnz), set.labels());
    }
}
