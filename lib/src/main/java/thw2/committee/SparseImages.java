package thw2.committee;

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
        int nnz = 0;
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < p; q++) {
                if (set.grey(i, q) != 0) {
                    nnz++;
                }
            }
            start[i + 1] = nnz;
        }
        int[] index = new int[nnz];
        float[] value = new float[nnz];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int q = 0; q < p; q++) {
                int g = set.grey(i, q);
                if (g != 0) {
                    index[k] = q;
                    value[k] = g / 255f;
                    k++;
                }
            }
        }
        return new SparseImages(n, p, start, index, value, set.labels());
    }
}
