/**
 * Question 2's committees of one-hidden-layer nets on handwritten digits: the fast float32 trainer,
 * the committee rules and the error rates that compare them.
 *
 * <p>Mathematics: minibatch SGD on the mean cross-entropy of a 784-H-10 net, softmax output, in
 * float32, with only the inked pixels entering the first layer ({@link thw2.committee.NetTrainer},
 * {@link thw2.committee.TrainingOptions}, {@link thw2.committee.OneHiddenLayerNet}); committee decisions
 * by majority vote, average or median of the members' class probabilities (Meier et al., ICDAR 2011;
 * {@link thw2.committee.Committee}); trained members and named committees of them, with the mean
 * member error, the members' error correlation φ and the digits every member misses
 * ({@link thw2.committee.Member}, {@link thw2.committee.CommitteeOfNets},
 * {@link thw2.committee.ErrorCorrelation}); and test error rates with their binomial standard error, and
 * the paired standard error of the difference between two classifiers on the same digits
 * ({@link thw2.committee.ErrorRate}).
 *
 * <p>This is the fast tier: {@code thw2.nn.Mlp} is the readable double-precision tier. The hidden
 * activation is a {@code thw2.nn.Activation}, evaluated by the trainer's own float32 kernel of it
 * (package-private), because the inner loops call it 10⁸ times an epoch.
 *
 * <p>Used by Question 2.
 *
 * <p>Invariants: a trained net is bit-identical for any number of threads (the hidden units are cut
 * into slices, one per thread, and every sum is taken in the same order) and for the same seed; a run
 * whose loss blows up stops with a {@link thw2.committee.TrainingDivergedException} that names the
 * epoch and the learning rate; a net is immutable. Depends on {@code thw2.args}, {@code thw2.random},
 * {@code thw2.digits} and {@code thw2.nn}.
 */
package thw2.committee;
