package thw2.robustness;

/** What one probe of an entry point with one bad argument gave. */
record Outcome(Kind kind, String entryPoint, String argument, String input, String detail) {

    /** The kinds the report counts. Only the first two are what bad input should get. */
    enum Kind {
        /** A typed exception thrown by the library itself whose message names the argument. */
        CLEAR_ERROR("clear error"),
        /** Returned normally, with finite results that pass every check that applies. */
        ACCEPTED("accepted sensibly"),
        /**
         * Returned normally but wrongly: a NaN or ∞ in the result, a NaN/∞ or out-of-range argument
         * taken without complaint, an argument from another object taken, or a result that breaks a
         * scaling law it must obey.
         */
        SILENT_WRONG("silent wrong"),
        /** OutOfMemoryError, or more than {@link Probe#ALLOCATION_LIMIT} bytes allocated by the call. */
        OUT_OF_MEMORY("out of memory"),
        /**
         * An exception from deep inside (NPE, ArrayIndexOutOfBounds, NegativeArraySize, Commons Math,
         * a JDK check) rather than one the library throws on purpose.
         */
        OBSCURE("obscure exception"),
        /** The library's own exception, but its message does not name the argument. */
        VAGUE("error not naming the argument"),
        /** Still running after {@link Probe#TIME_LIMIT_MILLIS} ms, or finished after more than {@link Probe#SLOW_MILLIS}. */
        TOO_SLOW("too slow"),
        /** The library's own error, naming the argument, but saying something false ("file not found" for a file that exists). */
        UNTRUE("untrue error message");

        final String label;

        Kind(String label) {
            this.label = label;
        }

        boolean bad() {
            return this != CLEAR_ERROR && this != ACCEPTED;
        }
    }

    @Override
    public String toString() {
        return String.format("%-16s %s [%s = %s]: %s", kind.label, entryPoint, argument, input, detail);
    }
}
