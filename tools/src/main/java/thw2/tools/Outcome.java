package thw2.tools;

/**
 * What happened when one notebook was executed once.
 *
 * @param kind     the class of result, which decides whether the runner retries
 * @param message  a human-readable explanation (empty when {@link Kind#OK})
 */
public record Outcome(Kind kind, String message) {

    /** The classes of result. Only {@link #KERNEL_START_FAILURE} is worth another attempt. */
    public enum Kind {
        /** Every cell ran and nothing was written to an error output. */
        OK,
        /**
         * The kernel never answered its first request (rapaio 3.0.1 loses that race about one start
         * in eight). No cell ran, so running the notebook again is safe and meaningful.
         */
        KERNEL_START_FAILURE,
        /** A cell raised an error or wrote to stderr: the notebook is wrong; retrying would not help. */
        CELL_ERROR,
        /** nbconvert itself failed for another reason (timeout, dead kernel mid-run, bad notebook). */
        RUN_FAILURE
    }

    public static Outcome ok() {
        return new Outcome(Kind.OK, "");
    }

    /** True only for failures that a fresh kernel can cure. */
    public boolean retryable() {
        return kind == Kind.KERNEL_START_FAILURE;
    }
}
