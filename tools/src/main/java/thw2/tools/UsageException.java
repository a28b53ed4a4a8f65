package thw2.tools;

/** Bad usage or a missing prerequisite: the tools print the message and exit with code 2. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
