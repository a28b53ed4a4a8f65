/**
 * Neural networks in double precision, written to be read: the models, their activations, losses,
 * initializations and backpropagation.
 *
 * <p>Mathematics: the activations and their derivatives in forms that neither overflow nor lose the
 * tails (σ'(z) = e^{−|z|}/(1 + e^{−|z|})², log-sum-exp and softmax shifted by the maximum), in
 * {@link thw2.nn.Activation}; logistic regression and its per-example cross-entropy gradient, and data
 * drawn from a known logistic model ({@link thw2.nn.LogisticRegression}); two-class softmax as
 * logistic regression in disguise ({@link thw2.nn.TwoClassSoftmax}); parameter counts of dense
 * architectures, with and without biases and batch norm ({@link thw2.nn.DenseArchitecture}); a dense
 * multilayer perceptron with forward trace, backpropagation and full-batch gradient descent
 * ({@link thw2.nn.Mlp}, {@link thw2.nn.Loss}, {@link thw2.nn.Init}); one sigmoid neuron with an L2
 * penalty, every factor of the chain rule a getter ({@link thw2.nn.RegularizedSigmoidNeuron});
 * saturation of sigmoid networks ({@link thw2.nn.SigmoidSaturation}); the mean-field growth
 * factors of signal and gradient at initialization ({@link thw2.nn.SignalPropagation}) and the same
 * factors measured through a network ({@link thw2.nn.DepthProfile}); the symmetry of equal units that
 * gradient descent cannot break, and the narrow network a symmetric one equals
 * ({@link thw2.nn.UnitSymmetry}); and the sigmoid networks of Question 3 on two Iris species, with
 * their accuracy and training runs ({@link thw2.nn.IrisNetwork}).
 *
 * <p>Used by the start notebook (σ'), Question 1 (logistic data, saturation, parameter counts,
 * softmax against logistic regression), Question 3 (backpropagation with L2, initialization) and,
 * through its L2-regularized logistic loss as an optimizer's objective ({@link thw2.nn.LogisticLoss}),
 * Question 4. The fast float32 trainer of Question 2 is
 * {@code thw2.committee}; it takes this package's {@link thw2.nn.Activation}.
 *
 * <p>Invariants: models and results are immutable (arrays copied in and out); a NaN or infinite
 * input is refused with an error naming it, never passed on as a plausible number; every analytic
 * gradient is tested against central finite differences ({@code thw2.check.GradientCheck}); random
 * initializations and data take a seed. Depends on {@code thw2.args}, {@code thw2.random},
 * {@code thw2.stats} (running statistics), {@code thw2.data} and {@code thw2.optim} (its
 * gradient descent runs as {@code thw2.optim.Sgd}; the logistic loss is an {@code Objective}).
 */
package thw2.nn;
