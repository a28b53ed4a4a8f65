package thw2.committee;

import java.util.Locale;

/**
 * What one epoch of training did: the learning rate used, the mean cross-entropy and the error rate
 * over the epoch's minibatches (each measured with the weights as they were when that batch was
 * seen, so a running average, not an evaluation of the final weights), and the wall-clock time since
 * training started (the only non-deterministic field).
 */
public record EpochSummary(int epoch, double learningRate, double meanLoss, double trainingError,
                           long elapsedNanos) {

    /** One progress line, e.g. "epoch 3/10  η 0.0405  loss 0.1234  running error 3.21 %  2.5 s". */
    public String progressLine(int epochs) {
        return String.format(Locale.ROOT, "epoch %d/%d  η %.4f  loss %.4f  running error %.2f %%  %.1f s",
                epoch + 1, epochs, learningRate, meanLoss, 100 * trainingError, elapsedNanos / 1e9);
    }
}
