package thw2.show;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import thw2.args.Require;

/**
 * Readable plain text for what the notebooks show as Markdown or LaTeX: the {@code text/plain} copy
 * that a kernel sends beside the rich form, for text-only front ends and {@code nbconvert --to
 * markdown}/{@code --to script}. Markdown loses its markup ({@code **bold**} becomes {@code bold});
 * math becomes Unicode ({@code \frac{\alpha}{2}\sum_k w_k^2} becomes {@code α/2 Σₖ wₖ²}). It is
 * meant for reading, not for round trips: unknown commands are written without their backslash.
 */
public final class PlainText {
    private PlainText() {}

    /** Markdown with $…$ / $$…$$ math, as plain text. */
    public static String fromMarkdown(String markdown) {
        Require.notNull(markdown, "markdown");
        StringBuilder out = new StringBuilder(markdown.length());
        forEachSegment(markdown, (text, math) -> out.append(math ? fromLatex(text) : stripMarkdown(text)));
        // (?<![ \t]): a run of blanks is tried once, at its start, not from each of its blanks (quadratic)
        return out.toString().replaceAll("(?<![ \\t])[ \\t]+\\n", "\n").strip();
    }

    /** Text whose only markup is $…$ / $$…$$ math (errata, table cells): the math as Unicode. */
    public static String withMath(String text) {
        Require.notNull(text, "text");
        if (text.indexOf('$') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        forEachSegment(text, (t, math) -> out.append(math ? fromLatex(t) : t.replace("\\$", "$")));
        return out.toString();
    }

    /** A LaTeX formula (without delimiters) as plain text. */
    public static String fromLatex(String formula) {
        Require.notNull(formula, "formula");
        String text = new Latex(formula).sequence(false).replaceAll(" {2,}", " ").strip();
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private interface SegmentConsumer {
        void accept(String text, boolean math);
    }

    /** Splits at unescaped $ and $$ delimiters; an unclosed $ is text. */
    private static void forEachSegment(String s, SegmentConsumer consumer) {
        int i = 0;
        int textStart = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                i += 2;
                continue;
            }
            if (c == '$') {
                String delim = s.startsWith("$$", i) ? "$$" : "$";
                int end = closing(s, i + delim.length(), delim);
                if (end > 0) {
                    consumer.accept(s.substring(textStart, i), false);
                    consumer.accept(s.substring(i + delim.length(), end), true);
                    i = end + delim.length();
                    textStart = i;
                    continue;
                }
            }
            i++;
        }
        consumer.accept(s.substring(textStart), false);
    }

    private static int closing(String s, int from, String delim) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (s.startsWith(delim, i)) {
                return i > from ? i : -1;
            }
        }
        return -1;
    }

    private static final Pattern CODE = Pattern.compile("`([^`]*)`");

    /**
     * Markdown without its markup. Links, strong and emphasized text are found by the scanners below,
     * which give what the regular expressions in their comments give, in time linear in the text: the
     * expressions themselves retry at every opener and scan to the end of the line (or the text) each
     * time, quadratic in a line of unclosed openers (60,000 characters of "*a " took 15 s).
     */
    private static String stripMarkdown(String s) {
        String t = s.replaceAll("(?m)^ {0,3}#{1,6}\\s+", "")   // headings
                .replaceAll("(?m)^ {0,3}>\\s?", "")            // block quotes
                .replaceAll("(?<! ) {2,}\\n", "\n")             // hard line breaks (a run is tried at its start)
                .replaceAll("\\\\\\n", "\n");
        t = links(t);
        t = CODE.matcher(t).replaceAll("$1");
        t = strong(t);
        t = emphasis(t);
        return t.replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$])", "$1");   // backslash escapes
    }

    /** What {@code .} does not match: the line terminators of {@link Pattern}. */
    private static boolean lineEnd(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code \s} of {@link Pattern}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** {@code \w} of {@link Pattern}. */
    private static boolean word(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
    }

    /** next[i]: the first index ≥ i where {@code at} holds, or s.length(). */
    private static int[] next(String s, java.util.function.IntPredicate at) {
        int[] next = new int[s.length() + 1];
        next[s.length()] = s.length();
        for (int i = s.length() - 1; i >= 0; i--) {
            next[i] = at.test(i) ? i : next[i + 1];
        }
        return next;
    }

    /**
     * Links and images, {@code !?\[([^\]]*)]\(([^)\s]*)[^)]*\)} replaced by the text, then the address
     * in parentheses when there is one.
     */
    static String links(String s) {
        int n = s.length();
        int[] bracket = next(s, i -> s.charAt(i) == ']');
        int[] paren = next(s, i -> s.charAt(i) == ')');
        int[] blank = next(s, i -> space(s.charAt(i)));
        StringBuilder out = new StringBuilder(n);
        int copied = 0;
        int p = 0;
        while (p < n) {
            int b = s.charAt(p) == '!' && p + 1 < n && s.charAt(p + 1) == '[' ? p + 1 : p;
            if (s.charAt(b) == '[') {
                int r = bracket[Math.min(b + 1, n)];
                if (r + 1 < n && s.charAt(r + 1) == '(' && paren[r + 2] < n) {
                    int c = paren[r + 2];
                    String text = s.substring(b + 1, r);
                    String url = s.substring(r + 2, Math.min(c, blank[r + 2]));
                    out.append(s, copied, p).append(url.isEmpty() ? text : text + " (" + url + ")");
                    p = c + 1;
                    copied = p;
                    continue;
                }
            }
            p++;
        }
        return copied == 0 ? s : out.append(s, copied, n).toString();
    }

    /** Strong text, {@code (\*\*|__)(?=\S)(.+?)(?<=\S)\1} replaced by what is inside. */
    static String strong(String s) {
        int n = s.length();
        int[] lineEnd = next(s, i -> lineEnd(s.charAt(i)));
        int[] stars = next(s, i -> i > 0 && i + 1 < n && s.charAt(i) == '*' && s.charAt(i + 1) == '*'
                && !space(s.charAt(i - 1)));
        int[] lows = next(s, i -> i > 0 && i + 1 < n && s.charAt(i) == '_' && s.charAt(i + 1) == '_'
                && !space(s.charAt(i - 1)));
        StringBuilder out = new StringBuilder(n);
        int copied = 0;
        int p = 0;
        while (p + 2 < n) {
            char c = s.charAt(p);
            if ((c == '*' || c == '_') && s.charAt(p + 1) == c && !space(s.charAt(p + 2)) && !lineEnd(s.charAt(p + 2))) {
                int q = (c == '*' ? stars : lows)[Math.min(p + 3, n)];
                if (q < n && q <= lineEnd[p + 2]) {
                    out.append(s, copied, p).append(s, p + 2, q);
                    p = q + 2;
                    copied = p;
                    continue;
                }
            }
            p++;
        }
        return copied == 0 ? s : out.append(s, copied, n).toString();
    }

    /** Emphasis, {@code (?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])} replaced by what is inside. */
    static String emphasis(String s) {
        int n = s.length();
        int[] lineEnd = next(s, i -> lineEnd(s.charAt(i)));
        java.util.function.IntPredicate after = i -> i + 1 == n || !(word(s.charAt(i + 1)) || s.charAt(i + 1) == '*');
        int[] stars = next(s, i -> i > 0 && s.charAt(i) == '*' && !space(s.charAt(i - 1)) && after.test(i));
        int[] lows = next(s, i -> i > 0 && s.charAt(i) == '_' && !space(s.charAt(i - 1)) && after.test(i));
        StringBuilder out = new StringBuilder(n);
        int copied = 0;
        int p = 0;
        while (p + 1 < n) {
            char c = s.charAt(p);
            if ((c == '*' || c == '_') && (p == 0 || !(word(s.charAt(p - 1)) || s.charAt(p - 1) == '*'))
                    && !space(s.charAt(p + 1)) && !lineEnd(s.charAt(p + 1))) {
                int q = (c == '*' ? stars : lows)[Math.min(p + 2, n)];
                if (q < n && q <= lineEnd[p + 1]) {
                    out.append(s, copied, p).append(s, p + 1, q);
                    p = q + 1;
                    copied = p;
                    continue;
                }
            }
            p++;
        }
        return copied == 0 ? s : out.append(s, copied, n).toString();
    }

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
            Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"),
            Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"),
            Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("sum", "Σ"), Map.entry("prod", "Π"), Map.entry("int", "∫"), Map.entry("nabla", "∇"),
            Map.entry("partial", "∂"), Map.entry("infty", "∞"), Map.entry("cdot", "·"), Map.entry("cdots", "⋯"),
            Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("times", "×"), Map.entry("div", "÷"),
            Map.entry("pm", "±"), Map.entry("mp", "∓"), Map.entry("le", "≤"), Map.entry("leq", "≤"),
            Map.entry("ge", "≥"), Map.entry("geq", "≥"), Map.entry("ne", "≠"), Map.entry("neq", "≠"),
            Map.entry("approx", "≈"), Map.entry("sim", "~"), Map.entry("propto", "∝"), Map.entry("equiv", "≡"),
            Map.entry("ll", "≪"), Map.entry("gg", "≫"), Map.entry("to", "→"), Map.entry("rightarrow", "→"),
            Map.entry("leftarrow", "←"), Map.entry("Rightarrow", "⇒"), Map.entry("iff", "⇔"),
            Map.entry("mapsto", "↦"), Map.entry("in", "∈"), Map.entry("notin", "∉"), Map.entry("subset", "⊂"),
            Map.entry("cup", "∪"), Map.entry("cap", "∩"), Map.entry("forall", "∀"), Map.entry("exists", "∃"),
            Map.entry("odot", "⊙"), Map.entry("circ", "∘"), Map.entry("star", "*"), Map.entry("ast", "*"),
            Map.entry("top", "ᵀ"), Map.entry("intercal", "ᵀ"), Map.entry("prime", "′"), Map.entry("lVert", "‖"),
            Map.entry("rVert", "‖"), Map.entry("Vert", "‖"), Map.entry("|", "‖"), Map.entry("lvert", "|"),
            Map.entry("rvert", "|"), Map.entry("vert", "|"), Map.entry("mid", "|"), Map.entry("langle", "⟨"),
            Map.entry("rangle", "⟩"), Map.entry("lfloor", "⌊"), Map.entry("rfloor", "⌋"), Map.entry("lceil", "⌈"),
            Map.entry("rceil", "⌉"), Map.entry("{", "{"), Map.entry("}", "}"), Map.entry("%", "%"),
            Map.entry("$", "$"), Map.entry("&", "&"), Map.entry("#", "#"), Map.entry("_", "_"),
            Map.entry(",", " "), Map.entry(";", " "), Map.entry(":", " "), Map.entry(" ", " "), Map.entry("!", ""),
            Map.entry("quad", " "), Map.entry("qquad", " "), Map.entry("\\", "\n"), Map.entry("ell", "ℓ"),
            Map.entry("hbar", "ħ"), Map.entry("emptyset", "∅"), Map.entry("neg", "¬"), Map.entry("land", "∧"),
            Map.entry("lor", "∨"));

    /** Commands that only change sizes or spacing: dropped. */
    private static final java.util.Set<String> IGNORED = java.util.Set.of("left", "right", "big", "Big", "bigg",
            "Bigg", "bigl", "bigr", "Bigl", "Bigr", "displaystyle", "textstyle", "limits", "nolimits");

    /** Commands whose argument is shown as it is. */
    private static final java.util.Set<String> TEXT_ARG = java.util.Set.of("text", "textrm", "textit", "textbf",
            "mathrm", "mathit", "mathbf", "mathsf", "mathtt", "boldsymbol", "bm", "operatorname", "mathcal",
            "textnormal", "emph");

    /** Commands written as their name (function names set upright). */
    private static final java.util.Set<String> NAMES = java.util.Set.of("ln", "log", "exp", "sin", "cos", "tan",
            "tanh", "max", "min", "arg", "argmax", "argmin", "det", "lim", "sup", "inf", "Var", "Cov", "tr",
            "diag", "sign", "sgn");

    private static final Map<String, String> ACCENTS = Map.of("bar", "\u0304", "overline", "\u0305",
            "hat", "\u0302", "widehat", "\u0302", "tilde", "\u0303", "widetilde", "\u0303", "vec", "\u20d7",
            "dot", "\u0307", "ddot", "\u0308");

    private static final Map<String, String> BLACKBOARD = Map.of("R", "ℝ", "N", "ℕ", "Z", "ℤ", "Q", "ℚ",
            "C", "ℂ", "E", "𝔼", "P", "ℙ");

    private static final String SUP_FROM = "0123456789+-=()abcdefghijklmnoprstuvwxyzT*′";
    private static final String SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᵀ*′";
    private static final String SUB_FROM = "0123456789+-=()aehijklmnoprstuvx";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";

    /**
     * How deep groups and commands may nest ({@code {{…}}}, {@code \sqrt\sqrt…}) before the rest of a
     * formula is kept as it is written: the reader recurses once per level, and 100,000 nested braces
     * overflowed the stack.
     */
    static final int MAX_DEPTH = 200;

    /** A small recursive-descent reader of LaTeX math. */
    private static final class Latex {
        private final String s;
        private int i;
        private int depth;

        Latex(String s) {
            this.s = s;
        }

        /** Everything up to the end, or up to the closing brace of the current group. */
        String sequence(boolean inGroup) {
            StringBuilder b = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '}') {
                    if (inGroup) {
                        i++;
                        return b.toString();
                    }
                    i++;
                    continue;
                }
                if (c == '^' || c == '_') {
                    i++;
                    b.append(script(argument(), c == '^'));
                } else {
                    String a = atom();
                    // a large operator after a symbol reads better with a space: α/2 Σₖ, not α/2Σₖ
                    if (!a.isEmpty() && "ΣΠ∫".indexOf(a.charAt(0)) >= 0 && b.length() > 0
                            && " ([{".indexOf(b.charAt(b.length() - 1)) < 0) {
                        b.append(' ');
                    }
                    b.append(a);
                }
            }
            return b.toString();
        }

        /** The rest of the formula as it is written (nesting deeper than {@link #MAX_DEPTH}). */
        String rest() {
            String r = s.substring(i);
            i = s.length();
            return r;
        }

        /** One argument: a braced group, a command, or one character; leading spaces skipped. */
        String argument() {
            if (depth >= MAX_DEPTH) {
                return rest();
            }
            depth++;
            try {
                return nextArgument();
            } finally {
                depth--;
            }
        }

        private String nextArgument() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            if (i >= s.length()) {
                return "";
            }
            if (s.charAt(i) == '{') {
                i++;
                return sequence(true);
            }
            return atom();
        }

        String atom() {
            if (depth >= MAX_DEPTH) {
                return rest();
            }
            depth++;
            try {
                return nextAtom();
            } finally {
                depth--;
            }
        }

        private String nextAtom() {
            char c = s.charAt(i);
            if (c == '{') {
                i++;
                return sequence(true);
            }
            if (c == '~' || c == '&') {
                i++;
                return " ";
            }
            if (c == '\\') {
                return command();
            }
            i++;
            if (c == '\'') {
                return "′";
            }
            return String.valueOf(c);
        }

        String command() {
            i++; // the backslash
            if (i >= s.length()) {
                return "";
            }
            String name;
            if (Character.isLetter(s.charAt(i))) {
                int start = i;
                while (i < s.length() && Character.isLetter(s.charAt(i))) {
                    i++;
                }
                name = s.substring(start, i);
            } else {
                name = String.valueOf(s.charAt(i++));
            }
            if (IGNORED.contains(name)) {
                return "";
            }
            if (SYMBOLS.containsKey(name)) {
                return SYMBOLS.get(name);
            }
            if (NAMES.contains(name)) {
                return name;
            }
            if (TEXT_ARG.contains(name)) {
                return argument();
            }
            if (name.equals("mathbb")) {
                String a = argument();
                return BLACKBOARD.getOrDefault(a, a);
            }
            if (ACCENTS.containsKey(name)) {
                String a = argument();
                return a.codePointCount(0, a.length()) == 1 ? a + ACCENTS.get(name) : "(" + a + ")" + ACCENTS.get(name);
            }
            if (name.equals("frac") || name.equals("tfrac") || name.equals("dfrac")) {
                String num = argument();
                String den = argument();
                return group(num) + "/" + group(den);
            }
            if (name.equals("sqrt")) {
                return "√" + group(argument());
            }
            return name;
        }
    }

    /** Sub- and superscript characters, primes and combining accents: they stay with their symbol. */
    private static final String ATTACHED = "[" + SUP_TO + SUB_TO + "′\u0300-\u036f\u20d7]*";

    /** In parentheses unless it is a number or a single symbol (with its scripts and accents). */
    private static String group(String a) {
        String t = a.strip();
        return t.matches("\\d+(\\.\\d+)?|\\p{L}" + ATTACHED) ? t : "(" + t + ")";
    }

    /** A superscript or subscript: Unicode when every character has one (for short ones), else ^x / _(…). */
    private static String script(String a, boolean sup) {
        String t = a.strip();
        if (t.isEmpty()) {
            return "";
        }
        if (sup && (t.equals("ᵀ") || t.equals("*") || t.equals("′") || t.equals("′′"))) {
            return t;
        }
        String from = sup ? SUP_FROM : SUB_FROM;
        String to = sup ? SUP_TO : SUB_TO;
        if (t.length() <= 2 || t.chars().allMatch(Character::isDigit)) {
            StringBuilder b = new StringBuilder();
            for (int k = 0; k < t.length(); k++) {
                int at = from.indexOf(t.charAt(k));
                if (at < 0) {
                    b = null;
                    break;
                }
                b.append(to.charAt(at));
            }
            if (b != null) {
                return b.toString();
            }
        }
        return (sup ? "^" : "_") + (t.matches("[\\p{L}\\p{N}]+") ? t : "(" + t + ")");
    }
}
