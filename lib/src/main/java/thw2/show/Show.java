package thw2.show;

import java.awt.image.BufferedImage;
import thw2.args.Require;
import org.knowm.xchart.internal.chartpart.Chart;
import tech.tablesaw.api.Table;

/**
 * Rich output for the notebooks, the same on the rapaio, IJava and JJava kernels.
 *
 * <pre>
 * Show.markdown("**Erratum.** ...");
 * Show.latex("\\nabla J(w) = 2Hw");
 * Show.table(table);                 // a real HTML table
 * Show.chart(chart)                  // last expression of a cell: renders as image/png
 * </pre>
 *
 * Outside a kernel (unit tests, a plain {@code java} run) everything falls back to plain text on
 * standard out. The kernel is looked up once, on first use.
 */
public final class Show {
    private static volatile Sink sink;

    private Show() {}

    /** The sink in use: the running kernel's display function, or plain text. */
    public static Sink sink() {
        Sink s = sink;
        if (s == null) {
            s = KernelSink.detect().<Sink>map(k -> k).orElseGet(Sink::plainText);
            sink = s;
        }
        return s;
    }

    /** Name of the kernel found ({@code rapaio}, {@code IJava}, {@code JJava}) or {@code none}. */
    public static String kernel() {
        return sink() instanceof KernelSink k ? k.kernel() : "none";
    }

    /** Replaces the sink (tests, or a custom front end). {@code null} restores detection. */
    public static void useSink(Sink newSink) {
        sink = newSink;
    }

    /** Shows an HTML fragment. */
    public static void html(String html) {
        Require.notNull(html, "html");
        sink().show("text/html", html, PlainText.withMath(Html.toPlainText(html)));
    }

    /** Shows Markdown (rendered by the front end, including $…$ math). */
    public static void markdown(String markdown) {
        Require.notNull(markdown, "markdown");
        sink().show("text/markdown", markdown, PlainText.fromMarkdown(markdown));
    }

    /**
     * Shows Markdown written by {@link thw2.text.Format#text}: {@code Show.markdown("$L^* = %.6f$", loss)}.
     * A backslash of TeX is written twice in a Java string, as in any other.
     */
    public static void markdown(String pattern, Object... args) {
        markdown(thw2.text.Format.text(pattern, args));
    }

    /**
     * Shows a display-style LaTeX formula. The formula is given without delimiters; it is sent as
     * {@code text/latex} wrapped in {@code $$…$$}.
     */
    public static void latex(String formula) {
        Require.notNull(formula, "formula");
        String f = formula.strip();
        sink().show("text/latex", "$$" + f + "$$", PlainText.fromLatex(f));
    }

    /** Shows a Tablesaw table as an HTML table; numbers get up to 6 significant digits. */
    public static void table(Table table) {
        table(table, 6);
    }

    /** Shows a Tablesaw table as an HTML table with {@code significantDigits} for floating-point cells. */
    public static void table(Table table, int significantDigits) {
        Require.notNull(table, "table");
        Require.inRange(significantDigits, 1, 17, "significantDigits");
        sink().show("text/html", HtmlTable.render(table, significantDigits),
                HtmlTable.renderText(table, significantDigits));
    }

    /**
     * A coloured callout for an erratum computed in code: the seed's claim and what is true instead,
     * both plain text (escaped; $…$ math is left for MathJax).
     */
    public static void erratum(String seedClaim, String correction) {
        Require.notNull(seedClaim, "seedClaim");
        Require.notNull(correction, "correction");
        String html = "<div class=\"thw2-erratum\" style=\"border-left:4px solid #c0392b;background:#fdf0ef;"
                + "padding:0.6em 1em;margin:0.5em 0\"><b>Erratum.</b> The seed says: <i>"
                + Html.escape(seedClaim) + "</i><br/>" + Html.escape(correction) + "</div>";
        sink().show("text/html", html, "Erratum. The seed says: " + PlainText.withMath(seedClaim) + "\n"
                + PlainText.withMath(correction));
    }

    /**
     * The chart as a picture. Make it the last expression of a cell and every kernel renders it as
     * image/png; a kernel that adds a text/plain copy gets a one-line description of the chart
     * ({@link Picture#toString()}). Rendering needs a headless JVM when no display is attached.
     */
    public static BufferedImage chart(Chart<?, ?> chart) {
        Require.notNull(chart, "chart");
        return Picture.of(chart);
    }
}
