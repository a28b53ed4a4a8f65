/**
 * Handwritten digits: reading them, splitting them, and the two preprocessings of Question 2.
 *
 * <p>Contents: the IDX format of the MNIST files, plain or gzipped ({@link thw2.digits.Idx}); the
 * 10,000 embedded MNIST digits or a full MNIST directory ({@link thw2.digits.Mnist},
 * {@link thw2.digits.DigitSet}); a deterministic stratified train/test split
 * ({@link thw2.digits.StratifiedSplit}); ink moments (mass, centre, second central moments) and the
 * ink bounding box ({@link thw2.digits.InkMoments}, {@link thw2.digits.InkBox}); width normalization
 * ({@link thw2.digits.WidthNormalization}) and deslanting by a horizontal shear that makes the
 * principal axis of the ink vertical ({@link thw2.digits.Deslanting}); the paper's nine training sets
 * ({@link thw2.digits.Variant}); a survey of the principal-axis angles that shows why the slant is the
 * better shear ({@link thw2.digits.PrincipalAxisSurvey}); and pictures of digits
 * ({@link thw2.digits.DigitPictures}).
 *
 * <p>Used by Question 2.
 *
 * <p>Invariants: a digit set is immutable, its pixels bytes 0…255 handed out as floats g/255; a
 * transformed image is rounded back to bytes like any stored one; a file that is missing, truncated
 * or corrupt gives a {@link thw2.digits.DigitDataException} naming the file and what is wrong; the
 * embedded files are checked against their SHA-256. Depends on {@code thw2.args},
 * {@code thw2.random} and {@code thw2.show}.
 */
package thw2.digits;
