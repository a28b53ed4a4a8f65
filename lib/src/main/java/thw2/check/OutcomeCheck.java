package thw2.check;

import thw2.args.Require;
import thw2.text.Format;

/**
 * Checks of claims about the outcome of one particular run, such as "the 9-expert committee does not
 * beat its best member": true of the data the notebook was written on, but not a law that must hold on
 * any data. On that data such a claim is checked like any other ({@link Check#that}); on other data it
 * is printed as not checked, with the reason, instead of failing the notebook.
 *
 * <p>Used by Question 2, whose claims about its default run on the 10,000 embedded digits are not
 * checked when a reader points the notebook at the full MNIST set.
 */
public final class OutcomeCheck {
    private final boolean applies;
    private final String scope;

    private OutcomeCheck(boolean applies, String scope) {
        this.applies = applies;
        this.scope = scope;
    }

    /**
     * Claims checked only when {@code applies}.
     *
     * @param applies whether the run is the one the claims are about
     * @param scope   what the claims are about, printed when they are not checked, e.g. "a claim about
     *                the run on the default 10,000 digits"
     * @return the scoped check
     * @throws IllegalArgumentException if {@code scope} is null
     */
    public static OutcomeCheck onlyWhen(boolean applies, String scope) {
        return new OutcomeCheck(applies, Require.notNull(scope, "scope"));
    }

    /**
     * {@link Check#that(boolean, String)} when the claims apply; otherwise prints "– not checked
     * (scope): claim".
     *
     * @throws Check.CheckFailed if the claims apply and {@code condition} is false
     */
    public void that(boolean condition, String claim) {
        Require.notNull(claim, "claim");
        if (applies) {
            Check.that(condition, claim);
        } else {
            System.out.println("\u2013 not checked (" + scope + "): " + claim);
        }
    }

    /** {@link #that(boolean, String)} with the claim written by {@link Format#text}. */
    public void that(boolean condition, String pattern, Object... args) {
        that(condition, Format.text(pattern, args));
    }
}
