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
        String text = html
                .replaceAll("(?i)<br\\s*/?>", "\n")
                .replaceAll("(?i)</(p|div|tr|h[1-6]|li|table)>", "\n")
                .replaceAll("(?i)</t[dh]>", "\t")
                .replaceAll("<[^>]*>", "");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
        return text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }
}
