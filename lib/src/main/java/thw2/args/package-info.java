/**
 * Argument preconditions, the first lines of every public method of the library.
 *
 * <p>{@link thw2.args.Require} holds the rules that recur (finite, positive, in a range, an index, a
 * non-empty or rectangular array, an allocation that fits in memory) so that each is worded once.
 * These are not the notebooks' checks ({@code thw2.check}): a precondition guards a call against bad
 * input, a check verifies a mathematical claim.
 *
 * <p>Used by every question, through every other package.
 *
 * <p>Invariants: every failure is an {@link java.lang.IllegalArgumentException} whose message names
 * the argument and the rule it broke, with the offending value ("eps must be &gt; 0, got -0.1");
 * a check returns its argument unchanged, so it can wrap an expression; a size is refused before
 * anything of that size is allocated. This package depends on no other package of the library.
 */
package thw2.args;
