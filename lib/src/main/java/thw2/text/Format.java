package thw2.text;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The edition's one number formatter: locale-independent (a decimal point in every locale), no
 * trailing zeros, and NaN and ±∞ written as Java writes them. Three forms:
 * <ul>
 *   <li>{@link #number(double)}: the shortest decimal that reads back as the same double, in plain
 *       notation where that is short ("0.001", "0.9") and in Java's E notation otherwise ("1.0E-8"):
 *       for parameters in names, such as an optimizer's "Adam (α=0.001)";</li>
 *   <li>{@link #number(double, int)}: rounded to a number of significant digits, for tables;</li>
 *   <li>{@link #text(String, Object...)}: a message with numbers in it, by {@link String#format}'s
 *       patterns ({@code %.4f}, {@code %.2g}, {@code %d}) in the root locale: for the check lines and
 *       the sentences the notebooks show.</li>
 * </ul>
 */
public final class Format {
    private Format() {}

    /**
     * {@code pattern} with {@code args} filled in by {@link String#format(Locale, String, Object...)}
     * in {@link Locale#ROOT}, so that "0.5" never becomes "0,5".
     *
     * @param pattern a {@link java.util.Formatter} pattern, such as {@code "%d steps, error %.1e"}
     * @param args    the values for the pattern's specifiers
     * @return the formatted text
     * @throws IllegalArgumentException if {@code pattern} is null or does not fit {@code args}
     */
    public static String text(String pattern, Object... args) {
        if (pattern == null) {
            throw new IllegalArgumentException("pattern must not be null");
        }
        java.util.regex.Matcher m = SPECIFIER.matcher(pattern);
        while (m.find()) {
            for (int g = 1; g <= 2; g++) {
                String n = m.group(g);
                if (n != null && (n.length() > 5 || Integer.parseInt(n) > MAX_WIDTH)) {
                    throw new IllegalArgumentException("pattern \"" + abbreviate(pattern) + "\" asks for a "
                            + (g == 1 ? "width" : "precision") + " of " + n + " characters in \"" + abbreviate(m.group())
                            + "\", more than the " + MAX_WIDTH + " this formatter writes");
                }
            }
        }
        try {
            return String.format(Locale.ROOT, pattern, args);
        } catch (java.util.IllegalFormatException e) {
            throw new IllegalArgumentException("pattern \"" + pattern + "\" does not fit its "
                    + (args == null ? 0 : args.length) + " argument(s): " + e.getMessage(), e);
        }
    }

    /**
     * The largest width or precision a pattern of {@link #text} may ask for: "%2000000000d" would make
     * a string of two billion characters (an OutOfMemoryError).
     */
    public static final int MAX_WIDTH = 10_000;

    /** A specifier's width (group 1) and precision (group 2). */
    private static final java.util.regex.Pattern SPECIFIER =
            java.util.regex.Pattern.compile("%(?:%|(?:\\d+\\$)?[-#+ 0,(<]*+(\\d++)?(?:\\.(\\d++))?)");

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }

    /**
     * The shortest decimal that reads back as {@code x} ({@link Double#toString}), written without an
     * exponent and without trailing zeros for 1e-4 ≤ |x| &lt; 1e6 and for 0 ("0.001", "2", "1000"),
     * as {@link Double#toString} writes it otherwise ("1.0E-8", "NaN").
     */
    public static String number(double x) {
        if (!Double.isFinite(x) || x != 0 && (Math.abs(x) < 1e-4 || Math.abs(x) >= 1e6)) {
            return Double.toString(x);
        }
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    /**
     * A number with {@code significantDigits} significant digits, in plain notation between 1e-4 and
     * 1e7 and in scientific notation outside ("1.9287e-22"), without trailing zeros; NaN and ±∞ as
     * Java writes them. Tables ({@link HtmlTable}, {@link Show#table}) use it.
     */
    public static String number(double x, int significantDigits) {
        if (significantDigits < 1 || significantDigits > 17) {
            throw new IllegalArgumentException("significantDigits must be in [1, 17], got " + significantDigits);
        }
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        if (x == 0) {
            return "0";
        }
        double a = Math.abs(x);
        if (a >= 1e-4 && a < 1e7) {
            BigDecimal d = new BigDecimal(x)
                    .round(new java.math.MathContext(significantDigits, java.math.RoundingMode.HALF_EVEN))
                    .stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
        }
        String s = String.format(Locale.ROOT, "%." + (significantDigits - 1) + "e", x);
        int e = s.indexOf('e');
        String mant = s.substring(0, e);
        if (mant.contains(".")) {
            mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        int exp = Integer.parseInt(s.substring(e + 1));
        return mant + "e" + exp;
    }
}
