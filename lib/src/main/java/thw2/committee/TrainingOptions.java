package thw2.committee;

import java.util.Locale;
import thw2.args.Require;
import thw2.nn.Activation;

/**
 * Settings of one training run of a P-H-10 net (P pixels per image, 784 for MNIST) by minibatch SGD on
 * the mean cross-entropy.
 * Build with {@code TrainingOptions.builder().hidden(800).epochs(10).seed(1).build()}.
 *
 * Every argument is checked here, with a message that names it and the rule it broke.
 *
 * @param hidden            H, the number of hidden units, 1 to {@value #MAX_HIDDEN}
 * @param activation        activation of the hidden layer: RELU, TANH or SIGMOID (not IDENTITY)
 * @param learningRate      η₀ &gt; 0, the step size of the first epoch (too large a rate makes
 *                          {@link NetTrainer} stop with a {@link TrainingDivergedException})
 * @param learningRateDecay γ ∈ (0, 1]: epoch e (from 0) uses η₀·γᵉ
 * @param batchSize         B ≥ 1, samples per step (the last step of an epoch may have fewer; a B larger
 *                          than the training set means full-batch steps)
 * @param epochs            passes over the training set, 0 to {@value #MAX_EPOCHS} (0 returns the
 *                          initial net)
 * @param seed              seeds the initial weights and the shuffling; same seed, same net
 * @param threads           threads, 1 to {@value #MAX_THREADS}; the result does not depend on it
 */
public record TrainingOptions(int hidden, Activation activation, double learningRate,
                              double learningRateDecay, int batchSize, int epochs, long seed, int threads) {

    /** Largest number of hidden units: the weights alone take P·4 bytes per unit (P = 784 for MNIST), and copies of them. */
    public static final int MAX_HIDDEN = 100_000;
    /** Largest number of epochs (a bound on the running time, not on memory). */
    public static final int MAX_EPOCHS = 100_000;
    /** Largest number of threads. */
    public static final int MAX_THREADS = 256;

    public TrainingOptions {
        Require.inRange(hidden, 1, MAX_HIDDEN, "hidden");
        ActivationKernel.of(activation); // refuses null and IDENTITY, naming the argument
        Require.positive(learningRate, "learningRate");
        if (learningRate > Float.MAX_VALUE) {
            throw new IllegalArgumentException("learningRate must be at most " + Float.MAX_VALUE
                    + " (the trainer computes in float32), got " + learningRate);
        }
        Require.positive(learningRateDecay, "learningRateDecay");
        if (learningRateDecay > 1) {
            throw new IllegalArgumentException("learningRateDecay must be in (0, 1] (epoch e uses learningRate·"
                    + "learningRateDecay^e), got " + learningRateDecay);
        }
        Require.positive(batchSize, "batchSize");
        Require.inRange(epochs, 0, MAX_EPOCHS, "epochs");
        Require.inRange(threads, 1, MAX_THREADS, "threads");
    }

    /** η₀·γᵉ, the learning rate of epoch e (counting from 0). */
    public double learningRateOfEpoch(int e) {
        return learningRate * Math.pow(learningRateDecay, e);
    }

    /**
     * Defaults (those of the Question 2 notebook, tuned on the 8,000 embedded training digits): H = 800,
     * ReLU, η₀ = 0.5, γ = 0.8, B = 32, 10 epochs, seed 1, all available cores.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.hidden = hidden;
        b.activation = activation;
        b.learningRate = learningRate;
        b.learningRateDecay = learningRateDecay;
        b.batchSize = batchSize;
        b.epochs = epochs;
        b.seed = seed;
        b.threads = threads;
        return b;
    }

    /** "P-H-10 relu, η=…": the input size P is the data's, which the options do not know. */
    @Override
    public String toString() {
        return describe("P");
    }

    /** The options of a net with {@code inputs} inputs (the training data's pixels per image): "784-800-10 relu, …". */
    String describe(int inputs) {
        return describe(Integer.toString(inputs));
    }

    private String describe(String inputs) {
        return String.format(Locale.ROOT, "%s-%d-%d %s, η=%.3g·%.3g^epoch, batch %d, %d epochs, seed %d", inputs,
                hidden, thw2.digits.DigitSet.CLASSES, activation.name().toLowerCase(Locale.ROOT), learningRate,
                learningRateDecay, batchSize, epochs, seed);
    }

    /** Builder for {@link TrainingOptions}. */
    public static final class Builder {
        private int hidden = 800;
        private Activation activation = Activation.RELU;
        private double learningRate = 0.5;
        private double learningRateDecay = 0.8;
        private int batchSize = 32;
        private int epochs = 10;
        private long seed = 1;
        private int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));

        private Builder() {}

        public Builder hidden(int h) {
            hidden = h;
            return this;
        }

        public Builder activation(Activation a) {
            activation = a;
            return this;
        }

        public Builder learningRate(double eta) {
            learningRate = eta;
            return this;
        }

        public Builder learningRateDecay(double gamma) {
            learningRateDecay = gamma;
            return this;
        }

        public Builder batchSize(int b) {
            batchSize = b;
            return this;
        }

        public Builder epochs(int e) {
            epochs = e;
            return this;
        }

        public Builder seed(long s) {
            seed = s;
            return this;
        }

        public Builder threads(int t) {
            threads = t;
            return this;
        }

        public TrainingOptions build() {
            return new TrainingOptions(hidden, activation, learningRate, learningRateDecay, batchSize, epochs, seed,
                    threads);
        }
    }
}
