/**
 * What the notebooks show: Markdown, LaTeX, tables, charts and pictures, on any Java kernel.
 *
 * <p>Contents: {@link thw2.show.Show}, which finds the running kernel's display mechanism (rapaio,
 * IJava or JJava) and falls back to plain text when there is none; {@link thw2.show.Charts}, the
 * project's XChart style with one palette; {@link thw2.show.HtmlTable} and {@link thw2.show.PlainText},
 * the HTML and text forms of what is shown (math turned into Unicode for text-only front ends).
 * Numbers are written by {@code thw2.text.Format}.
 *
 * <p>Used by every notebook.
 *
 * <p>Invariants: every kind of output (Markdown, LaTeX, tables, charts) also has a plain-text form,
 * used when no kernel display is found; numbers are written the same in every locale; text put into
 * HTML is escaped. Depends only on {@code thw2.args} and {@code thw2.text} (and XChart, Tablesaw).
 */
package thw2.show;
