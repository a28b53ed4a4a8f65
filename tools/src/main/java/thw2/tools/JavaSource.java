package thw2.tools;

/** Java source text reduced to its code: comments removed, string, text-block and char literals emptied. */
final class JavaSource {
    private JavaSource() {}

    /**
     * {@code source} with every comment replaced by a space and every literal's contents dropped
     * ({@code "…"} becomes {@code ""}, {@code '…'} becomes {@code ' '}), line breaks kept: what is left
     * are the names the code uses.
     */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0, n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                while (end > 0 && source.charAt(end - 1) == '\\') {
                    end = source.indexOf("\"\"\"", end + 1);
                }
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && source.charAt(i) != c && source.charAt(i) != '\n') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(c).append(c == '"' ? "\"" : " '");
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
