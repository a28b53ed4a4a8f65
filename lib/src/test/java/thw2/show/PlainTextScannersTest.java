package thw2.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The linear-time scanners of {@link PlainText} and {@link Html} against the regular expressions they
 * replace (issue 24: those took quadratic time on a line of unclosed markup): the same output on
 * 200,000 random strings over the characters that matter, and a linear time on hostile ones.
 */
class PlainTextScannersTest {
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)]\\(([^)\\s]*)[^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(?=\\S)(.+?)(?<=\\S)\\1(?![\\w*])");

    private static String links(String t) {
        return LINK.matcher(t).replaceAll(r -> Matcher.quoteReplacement(r.group(2).isEmpty() ? r.group(1)
                : r.group(1) + " (" + r.group(2) + ")"));
    }

    private static String random(SplittableRandom rng, String alphabet, int maxLength) {
        int n = rng.nextInt(maxLength + 1);
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(rng.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @Test
    void theScannersGiveWhatTheRegularExpressionsGive() {
        SplittableRandom rng = new SplittableRandom(24);
        String alphabet = "*_*_ab1 \t\n\r[]()!`\\$\u2028";
        for (int t = 0; t < 200_000; t++) {
            String s = random(rng, alphabet, 24);
            assertEquals(links(s), PlainText.links(s), () -> "links of \"" + s + "\"");
            assertEquals(STRONG.matcher(s).replaceAll("$2"), PlainText.strong(s), () -> "strong of \"" + s + "\"");
            assertEquals(EMPHASIS.matcher(s).replaceAll("$2"), PlainText.emphasis(s), () -> "emphasis of \"" + s + "\"");
            String h = random(rng, "<<>ab \t\n", 16);
            assertEquals(h.replaceAll("<[^>]*>", ""), Html.withoutTags(h), () -> "tags of \"" + h + "\"");
        }
    }

    @Test
    void hostileTextTakesLinearTime() {
        String[] hostile = {"*a _b **c ".repeat(200_000), "[a](b ".repeat(200_000), " ".repeat(2_000_000) + "x",
            "<".repeat(1_000_000), "$" + "{".repeat(1_000_000) + "$", "\\sqrt".repeat(200_000)};
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String s : hostile) {
                PlainText.fromMarkdown(s);
                PlainText.withMath(s);
                Html.toPlainText(s);
            }
        });
    }

    @Test
    void nestingBeyondTheDepthLimitIsKeptAsWritten() {
        String deep = "{".repeat(PlainText.MAX_DEPTH + 5) + "\\alpha" + "}".repeat(PlainText.MAX_DEPTH + 5);
        String out = PlainText.fromLatex(deep);
        assertTrue(out.contains("\\alpha"), out);
        assertEquals("α", PlainText.fromLatex("{".repeat(PlainText.MAX_DEPTH - 5) + "\\alpha"
                + "}".repeat(PlainText.MAX_DEPTH - 5)));
    }
}
