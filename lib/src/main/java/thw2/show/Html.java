package thw2.show;

/** Small HTML utilities: escaping, and a readable plain-text form of a fragment. */
public final class Html {
    private Html() {}

    /** Escapes the five characters that HTML gives meaning to. */
    public static String escape(String s) {
        thw2.args.Require.notNull(s, "s");
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * The text of an HTML fragment for a plain-text front end: block-level tags become line breaks,
     * other tags are dropped, the common entities are decoded.
     */
    public static String toPlainText(String html) {
        thw2.args.Require.notNull(html, "html");
        String text = withoutTags(html
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|div|tr|h[1-6]|li|table)>", "\n")
                .replaceAll("(?i)</t[dh]>", "\t"));
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
        // (?<![ \t]): a run of blanks is tried once, at its start, not from each of its blanks (quadratic)
        return text.replaceAll("(?<![ \\t])[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    /**
     * {@code s.replaceAll("<[^>]*>", "")} in linear time: the expression retries at every {@code <} and scans
     * to the end each time when no {@code >} follows (quadratic in a text of many {@code <}).
     */
    static String withoutTags(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf('<', i);
            int close = open < 0 ? -1 : s.indexOf('>', open + 1);
            if (close < 0) {
                break;
            }
            b.append(s, i, open);
            i = close + 1;
        }
        return b.append(s, i, s.length()).toString();
    }
}
