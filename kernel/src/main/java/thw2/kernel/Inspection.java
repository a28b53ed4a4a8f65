package thw2.kernel;

import java.util.List;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Documentation;

/**
 * Answers inspect requests (Shift+Tab in JupyterLab, {@code ?} help in consoles): the documentation
 * of what the cursor is on. The protocol's cursor is a position between characters; rapaio 3.0.1
 * takes it for the index of a character and asks JShell one character too far, so inspecting a name
 * with the cursor at its end ({@code Math|}, {@code Math.sqrt|}) finds nothing. Here JShell is asked,
 * in this order: at the end of the name the cursor is in or just after (classes, fields, variables);
 * inside the parentheses that follow it, or would follow it (methods); at the cursor itself (the
 * arguments of a call).
 */
final class Inspection {

    private Inspection() {
    }

    /** The documentation found for the cursor at char index {@code cursor} of {@code code}; empty when none. */
    static List<Documentation> find(SourceCodeAnalysis analysis, String code, int cursor) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        int end = at;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        if (end > 0 && Character.isJavaIdentifierPart(code.charAt(end - 1))) {
            List<Documentation> docs = ask(analysis, code, end);
            if (!docs.isEmpty()) {
                return docs;
            }
            int next = end;
            while (next < code.length() && Character.isWhitespace(code.charAt(next))) {
                next++;
            }
            docs = next < code.length() && code.charAt(next) == '('
                    ? ask(analysis, code, next + 1)
                    : ask(analysis, code.substring(0, end) + "(", end + 1);
            if (!docs.isEmpty()) {
                return docs;
            }
        }
        return ask(analysis, code, at);
    }

    private static List<Documentation> ask(SourceCodeAnalysis analysis, String code, int cursor) {
        try {
            List<Documentation> docs = analysis.documentation(code, cursor, true);
            return docs == null ? List.of() : docs;
        } catch (RuntimeException e) {
            return List.of(); // JShell could not analyse this input
        }
    }

    /** Plain text: each signature on its line, its javadoc (if JShell has it) below as text. */
    static String text(List<Documentation> docs) {
        StringBuilder b = new StringBuilder();
        for (Documentation d : docs) {
            if (b.length() > 0) {
                b.append("\n\n");
            }
            b.append(d.signature());
            if (d.javadoc() != null && !d.javadoc().isBlank()) {
                b.append('\n').append(thw2.kernel.display.HtmlText.toText(inlineTags(d.javadoc(), false)));
            }
        }
        return b.toString();
    }

    /** HTML: each signature in bold, its javadoc below. */
    static String html(List<Documentation> docs) {
        StringBuilder b = new StringBuilder();
        for (Documentation d : docs) {
            b.append("<p><b>").append(thw2.kernel.display.HtmlText.escape(d.signature())).append("</b>");
            if (d.javadoc() != null && !d.javadoc().isBlank()) {
                b.append("<br/>").append(inlineTags(d.javadoc(), true));
            }
            b.append("</p>");
        }
        return b.toString();
    }

    /** Javadoc's inline tags: {@code {@code x}} as code, {@code {@link A#b label}} as its label. */
    static String inlineTags(String javadoc, boolean html) {
        return javadoc.replaceAll("\\{@(?:code|literal)\\s+([^}]*)}", html ? "<code>$1</code>" : "$1")
                .replaceAll("\\{@(?:link|linkplain)\\s+\\S+\\s+([^}]+)}", "$1")
                .replaceAll("\\{@(?:link|linkplain)\\s+([^}\\s]+)}", "$1")
                .replaceAll("(?m)^\\s*@(param|return|throws|see|since)\\b", html ? "<br/>@$1" : "\n@$1");
    }
}
