/**
 * How the edition writes numbers and messages: the one number formatter, {@link thw2.text.Format}.
 *
 * <p>Used by every notebook (check lines and shown text), by {@code thw2.show}'s tables and by the
 * optimizers' names.
 *
 * <p>Invariants: the same text in every locale (a decimal point, never a comma); NaN and ±∞ written
 * as Java writes them. Depends on no other package of the library.
 */
package thw2.text;
