package thw2.committee;

/**
 * Training stopped because it diverged: a minibatch's loss stopped being a finite number, or an epoch's
 * mean training loss rose far above that of the untrained net (see {@link NetTrainer#DIVERGED_LOSS_RATIO}
 * and {@link NetTrainer#EXPLODED_LOSS_RATIO}). The cure is a smaller
 * {@code learningRate}, so this is an {@link IllegalArgumentException}; the message names the epoch and
 * its learning rate.
 */
public final class TrainingDivergedException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int epoch;
    private final double learningRate;

    TrainingDivergedException(String message, int epoch, double learningRate) {
        super(message);
        this.epoch = epoch;
        this.learningRate = learningRate;
    }

    /** The epoch (counting from 0, as {@link EpochSummary#epoch()}) in which training diverged. */
    public int epoch() {
        return epoch;
    }

    /** The learning rate of that epoch, η₀·γᵉ. */
    public double learningRate() {
        return learningRate;
    }
}
