package thw2.kernel.display;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML as readable plain text, for the {@code text/plain} copy of an HTML display: blocks and line
 * breaks become new lines, list items bullets, table cells are separated by {@code " | "}, other
 * tags are dropped and character references decoded. Meant for reading (a console, a screen
 * reader), not for round trips.
 */
public final class HtmlText {

    private HtmlText() {
    }

    private static final Pattern DROPPED = Pattern.compile("(?is)<!--.*?-->|<(script|style)\\b[^>]*>.*?</\\1\\s*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    /** Blocks: a blank line around them. */
    private static final Pattern BLOCK = Pattern.compile(
            "(?i)</?(p|h[1-6]|ul|ol|table|pre|blockquote|section|header|footer|details)\\b[^>]*>");
    /** Lines: a table row, a division, a summary starts on a new line. */
    private static final Pattern LINE = Pattern.compile("(?i)<(tr|div|summary|dt|dd)\\b[^>]*>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li\\b[^>]*>");
    private static final Pattern CELL_END = Pattern.compile("(?i)</(td|th)\\s*>\\s*(?=<(td|th)\\b)");
    private static final Pattern TAG = Pattern.compile("(?s)<[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("times", "×"), Map.entry("minus", "−"), Map.entry("middot", "·"), Map.entry("hellip", "…"),
            Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("le", "≤"), Map.entry("ge", "≥"),
            Map.entry("check", "✓"), Map.entry("rarr", "→"), Map.entry("larr", "←"), Map.entry("deg", "°"),
            Map.entry("plusmn", "±"), Map.entry("copy", "©"));

    /** The text of an HTML fragment. */
    public static String toText(String html) {
        String t = DROPPED.matcher(html).replaceAll("");
        if (!t.contains("<pre")) {
            t = t.replaceAll("[ \\t\\r\\n]+", " "); // HTML's own white space rule, outside <pre>
        }
        t = BREAK.matcher(t).replaceAll("\n");
        t = CELL_END.matcher(t).replaceAll(" | ");
        t = ITEM.matcher(t).replaceAll("\n• ");
        t = LINE.matcher(t).replaceAll("\n");
        t = BLOCK.matcher(t).replaceAll("\n\n");
        t = TAG.matcher(t).replaceAll("");
        t = decode(t);
        t = t.replaceAll("(?m)[ \\t]+$", "").replaceAll("(?m)^[ \\t]+(?=\\S)", "");
        return t.replaceAll("\\n{3,}", "\n\n").strip();
    }

    /** Decodes character references (named ones for the common characters, numeric ones all). */
    static String decode(String s) {
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String value;
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                value = codePoint(ref.substring(2), 16, m.group());
            } else if (ref.startsWith("#")) {
                value = codePoint(ref.substring(1), 10, m.group());
            } else {
                value = NAMED.getOrDefault(ref, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String codePoint(String digits, int radix, String otherwise) {
        try {
            return Character.toString(Integer.parseInt(digits, radix));
        } catch (IllegalArgumentException e) {
            return otherwise;
        }
    }

    /** Text escaped for HTML. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
