package thw2.batch;

/** How a minibatch of B examples is drawn from a data set of N. */
public enum Sampling {
    /** B independent uniform draws; an example can appear more than once. */
    WITH_REPLACEMENT,
    /** A uniformly random subset of B distinct examples (B ≤ N). */
    WITHOUT_REPLACEMENT
}
