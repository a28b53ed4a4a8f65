package thw2.batch;

import java.util.SplittableRandom;
import thw2.args.Require;

/**
 * Draws minibatch index sets from {0, …, N − 1}, seeded. Without replacement it runs a partial
 * Fisher–Yates shuffle of the first B positions of a permutation that it keeps between draws (any
 * permutation is a valid starting point), so one draw costs O(B), not O(N). Mutable: each
 * {@link #next()} advances the generator.
 */
public final class MinibatchSampler {
    private final int populationSize;
    private final int batchSize;
    private final Sampling sampling;
    private final SplittableRandom random;
    private final int[] permutation;

    /**
     * @param populationSize N ≥ 1
     * @param batchSize      B with 1 ≤ B ≤ N
     * @param sampling       with or without replacement
     * @param seed           seed of the {@link SplittableRandom}
     */
    public MinibatchSampler(int populationSize, int batchSize, Sampling sampling, long seed) {
        this.populationSize = Require.positive(populationSize, "populationSize");
        this.batchSize = checkBatchSize(batchSize, populationSize);
        this.sampling = Require.notNull(sampling, "sampling");
        if (sampling == Sampling.WITHOUT_REPLACEMENT) {
            Require.entries(populationSize, "populationSize (the permutation kept for sampling without replacement)");
        }
        this.random = new SplittableRandom(seed);
        this.permutation = sampling == Sampling.WITHOUT_REPLACEMENT ? identity(populationSize) : null;
    }

    /** Rejects B ≤ 0 and B &gt; N with a message naming the argument. */
    static int checkBatchSize(int batchSize, int populationSize) {
        if (batchSize < 1 || batchSize > populationSize) {
            throw new IllegalArgumentException("batchSize must be in [1, N = " + populationSize + "], got "
                    + batchSize);
        }
        return batchSize;
    }

    private static int[] identity(int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        return p;
    }

    /** The indices of the next minibatch (a fresh array of length B). */
    public int[] next() {
        int[] b = new int[batchSize];
        if (sampling == Sampling.WITH_REPLACEMENT) {
            for (int k = 0; k < batchSize; k++) {
                b[k] = random.nextInt(populationSize);
            }
            return b;
        }
        for (int k = 0; k < batchSize; k++) {
            int j = k + random.nextInt(populationSize - k);
            int t = permutation[k];
            permutation[k] = permutation[j];
            permutation[j] = t;
            b[k] = permutation[k];
        }
        return b;
    }

    /**
     * The next {@code count} minibatches, in the order drawn: {@code count} calls of {@link #next()}.
     *
     * @param count the number of minibatches, ≥ 1
     * @return a fresh count × B array of indices
     * @throws IllegalArgumentException if count is out of range or the batches would be too many entries
     */
    public int[][] next(int count) {
        Require.iterations(count, 1, "count");
        Require.entries((double) count * batchSize, "count × batchSize = " + count + " × " + batchSize);
        int[][] batches = new int[count][];
        for (int t = 0; t < count; t++) {
            batches[t] = next();
        }
        return batches;
    }

    public int populationSize() {
        return populationSize;
    }

    public int batchSize() {
        return batchSize;
    }

    public Sampling sampling() {
        return sampling;
    }
}
