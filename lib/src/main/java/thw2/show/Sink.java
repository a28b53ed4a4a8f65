package thw2.show;

/**
 * Where rich output goes: a running kernel's display function, or plain text on standard out.
 * Implementations return normally when the content was shown.
 */
@FunctionalInterface
public interface Sink {
    /**
     * Shows {@code content} as {@code mime} (for example {@code text/html}); {@code plainText} is
     * what a text-only front end should print instead.
     */
    void show(String mime, String content, String plainText);

    /** The fallback when no kernel is running: prints the plain-text form. */
    static Sink plainText() {
        return (mime, content, plainText) -> System.out.println(plainText);
    }
}
