package thw2.tools;

/**
 * What happened when one notebook was executed once.
 *
 * @param kind     the class of result, which decides whether the runner retries
 * @param message  a human-readable explanation (empty when {@link Kind#OK})
 */
public record Outcome(Kind kind, String message) {

    /**
     * The classes of result. The retry is decided before this, on an exception type
     * ({@link Jupyter.KernelStartException}, in {@link Jupyter#retryKernelStarts}).
     */
    public enum Kind {
        /** Every cell ran and nothing was written to an error output. */
        OK,
        /**
         * The kernel never answered its first request, at every attempt (rapaio 3.0.1 without the
         * project's start-up fix lost that race about one start in eight). No cell ran.
         */
        KERNEL_START_FAILURE,
        /** A cell raised an error or wrote to stderr: the notebook is wrong; retrying would not help. */
        CELL_ERROR,
        /** A cell, or the whole execution, ran past its time limit. */
        TIMEOUT,
        /** The execution failed for another reason (dead kernel mid-run, no such kernel, bad notebook). */
        RUN_FAILURE
    }

    public static Outcome ok() {
        return new Outcome(Kind.OK, "");
    }
}
