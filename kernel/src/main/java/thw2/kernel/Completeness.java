package thw2.kernel;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Answers is_complete requests: is this input ready to run, does it need more lines, or can no
 * addition make it valid Java? rapaio 3.0.1 asks JShell too, but its loop treats JShell's
 * {@code UNKNOWN} ("not valid Java"), which JShell counts as complete, as just another complete
 * snippet, so it never answers {@code invalid}: a console then cannot tell a typo from a finished
 * statement. Here {@code UNKNOWN} anywhere in the input makes it invalid. (Inputs that parse but do
 * not compile, {@code 1 +* 2}, are complete: the compiler, not this check, reports them.)
 */
final class Completeness {

    /** The reply's status and, for incomplete input, the indentation suggested for the next line. */
    record Verdict(String status, String indent) {
    }

    private Completeness() {
    }

    static Verdict of(SourceCodeAnalysis analysis, String code) {
        String java = withoutMagics(code);
        if (java == null) {
            return new Verdict("complete", "");
        }
        CompletionInfo info = analysis.analyzeCompletion(java);
        while (true) {
            switch (info.completeness()) {
                case EMPTY:
                    return new Verdict("complete", "");
                case UNKNOWN:
                    return new Verdict("invalid", "");
                case CONSIDERED_INCOMPLETE:
                case DEFINITELY_INCOMPLETE:
                    return new Verdict("incomplete", indent(java));
                default: // COMPLETE, COMPLETE_WITH_SEMI: go on with the rest
                    info = analysis.analyzeCompletion(info.remaining());
            }
        }
    }

    /**
     * The input without its magic lines ({@code %jars x.jar}), which rapaio runs before any Java;
     * null when the whole input is for a cell magic ({@code %%...}), complete as it stands.
     */
    static String withoutMagics(String code) {
        if (code.stripLeading().startsWith("%%")) {
            return null;
        }
        StringBuilder java = new StringBuilder();
        for (String line : code.split("\n", -1)) {
            java.append(line.stripLeading().startsWith("%") ? "" : line).append('\n');
        }
        return java.substring(0, java.length() - 1);
    }

    /** Four spaces per bracket ({, ( or [) left open, outside strings, characters and comments. */
    static String indent(String code) {
        int depth = 0;
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (c == '/' && i + 1 < n && code.charAt(i + 1) == '/') {
                int end = code.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && code.charAt(i + 1) == '*') {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                i = skipLiteral(code, i);
            } else {
                if (c == '{' || c == '(' || c == '[') {
                    depth++;
                } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
                    depth--;
                }
                i++;
            }
        }
        return "    ".repeat(depth);
    }

    /** The index just after the string, text block or character literal that starts at {@code i}. */
    private static int skipLiteral(String code, int i) {
        char quote = code.charAt(i);
        if (quote == '"' && code.startsWith("\"\"\"", i)) {
            int end = code.indexOf("\"\"\"", i + 3);
            return end < 0 ? code.length() : end + 3;
        }
        int j = i + 1;
        while (j < code.length() && code.charAt(j) != quote && code.charAt(j) != '\n') {
            j += code.charAt(j) == '\\' ? 2 : 1;
        }
        return Math.min(code.length(), j + 1);
    }
}
