/**
 * Small labelled data sets for the questions that are not about digits.
 *
 * <p>Contents: binary classification data ({@link thw2.data.BinaryData}), either given or drawn as two
 * Gaussian classes with per-feature scales, whose Bayes error Φ(−s/2) is known; Fisher's Iris
 * measurements, embedded ({@link thw2.data.Iris}); uniform inputs labelled by which half of their
 * coordinates sums to more ({@link thw2.data.BinaryData#firstHalfLarger}); seeded Gaussian and
 * exponential samples standing for one unit's values ({@link thw2.data.Populations}); pure noise,
 * matrices of independent N(0, 1) draws ({@link thw2.data.GaussianNoise}); and regression data
 * y = Xw + σz with known weights, either independent Gaussian features on different scales or exactly
 * orthogonal columns ({@link thw2.data.RegressionData}). Data whose labels come from a known logistic
 * model are drawn by {@code thw2.nn.LogisticRegression.sample}, next to the model.
 *
 * <p>Used by Question 1 (minibatch noise on logistic data, batch-norm populations, the sigmoid
 * networks' task), Question 3 (Iris, and noise fed to deep networks), Question 4 (the
 * ill-conditioned two-Gaussian problem for Adam) and Question 6 (the regression data that Gaussian
 * dropout, ridge and least squares are fitted to).
 *
 * <p>Invariants: immutable, arrays copied in and out; every entry finite, labels in {0, 1}, rows of
 * one length, checked when the data are built; generators seeded. Depends on {@code thw2.args},
 * {@code thw2.random} and {@code thw2.linalg} (and Commons Math's QR factorization for orthogonal
 * columns), and on no model package.
 */
package thw2.data;
