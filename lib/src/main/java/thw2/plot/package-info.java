/**
 * Contour lines as ordinary XChart line series (XChart has no contour plot).
 *
 * <p>Mathematics: marching squares on a regular grid, saddle cells disambiguated by the mean of the
 * four corners, for any function of two variables ({@link thw2.plot.Contours}); and the exact level
 * sets {w : wᵀHw = c} of a two-dimensional quadratic, ellipses, hyperbolas or pairs of lines
 * according to the signs of the eigenvalues ({@link thw2.plot.LevelSets}); and panels of gradient descent
 * over those level sets, one per step size ({@link thw2.plot.DescentPictures}).
 *
 * <p>Used by Question 4 (Adam's paths over the loss surface) and Question 5 (gradient descent and
 * Newton's method over the bowl's level sets).
 *
 * <p>Invariants: a polyline's separate pieces are separated by NaN, which XChart draws as a gap
 * (the one place where the library returns NaN on purpose); the function is evaluated once, when
 * the object is built. Depends on {@code thw2.args}, {@code thw2.optim} and {@code thw2.show}.
 */
package thw2.plot;
