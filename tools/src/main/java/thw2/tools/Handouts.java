package thw2.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns executed notebooks into HTML handouts, plus an index page with one card per notebook.
 *
 * <p>After nbconvert has written the pages, every handout in the folder (also those of earlier runs)
 * gets the same finishing: its title is the notebook's first heading, links to sibling notebooks
 * ({@code q5-....ipynb}, right inside Jupyter) become links to their handouts, and the pager at the
 * foot of the page links the previous and next handouts in index order. A handout whose executed
 * notebook is no longer in {@code OUT/notebooks} (it failed, or was removed) is deleted, so that the
 * folder never shows a stale page as if it were current.
 */
final class Handouts {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String SITE = "Deep Learning THW2";
    static final String PAGER_START = "<!-- thw2:pager -->";
    static final String PAGER_END = "<!-- /thw2:pager -->";
    private static final Pattern NOTEBOOK_LINK = Pattern.compile("href=\"([^\"/:?#]+)\\.ipynb(#[^\"]*)?\"");
    private static final Pattern TITLE = Pattern.compile("<title>.*?</title>", Pattern.DOTALL);
    private static final Pattern QUESTION = Pattern.compile("q0*(\\d+)(?:[-_].*)?");

    private Handouts() {}

    /** One card of the index page. */
    record Card(String file, String title, String summary) {
        /** "Question 5" for q5-*, "Introduction" for 00-*, else empty. */
        String kicker() {
            return Handouts.kicker(file.replaceAll("\\.html$", ""));
        }

        /** The kicker, unless the title already says it ("Question 5: ..."). */
        String kickerUnlessInTitle() {
            String k = kicker();
            return title.regionMatches(true, 0, k, 0, k.length()) ? "" : k;
        }
    }

    static Path write(Jupyter jupyter, Runner.Options o, List<Runner.Result> ok) throws IOException {
        Path stage = o.out().resolve(".staging-html");
        try {
            return write(jupyter, o, ok, stage);
        } finally {
            Runner.deleteTree(stage); // also when nbconvert failed: no staging folder is left behind
        }
    }

    private static Path write(Jupyter jupyter, Runner.Options o, List<Runner.Result> ok, Path stage) throws IOException {
        Runner.deleteTree(stage);
        Files.createDirectories(stage);
        Path templates = o.templates() != null ? o.templates() : Path.of("handout", "templates");
        List<String> args = new ArrayList<>(List.of("nbconvert", "--to", "html",
                "--HTMLExporter.mathjax_url=" + o.mathjaxUrl(),
                "--HTMLExporter.require_js_url=" + Runner.DEFAULT_REQUIREJS,
                "--TagRemovePreprocessor.enabled=True",
                "--TagRemovePreprocessor.remove_all_outputs_tags=setup",
                "--output-dir", stage.toString()));
        boolean ownTemplate = Files.isDirectory(templates.resolve("thw2"));
        if (ownTemplate) {
            args.add("--TemplateExporter.extra_template_basedirs=" + templates.toAbsolutePath());
            args.add("--template");
            args.add("thw2");
        }
        Set<String> sources = new LinkedHashSet<>();
        for (Runner.Result r : ok) {
            args.add(r.executed().toString());
            Path dir = r.notebook().toAbsolutePath().getParent();
            if (dir != null) {
                sources.addAll(notebookNames(dir));
            }
        }
        if (!ok.isEmpty()) { // with no clean notebook there is nothing to convert, but stale pages still go
            Jupyter.Run run = jupyter.call(args, 1800);
            if (run.exitCode() != 0) {
                throw new IOException("writing the HTML handouts failed (nbconvert exit " + run.exitCode() + "):\n"
                        + Classifier.tail(run.log(), 20));
            }
        }
        Path handouts = o.out().resolve("handouts");
        Files.createDirectories(handouts);
        try (var files = Files.list(stage)) {
            for (Path p : files.toList()) {
                Files.move(p, handouts.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Runner.deleteTree(stage);

        // Every handout whose executed notebook is in OUT/notebooks, in name order; others are stale.
        Path executedDir = o.out().resolve("notebooks");
        List<Card> cards = new ArrayList<>();
        Set<String> current = new LinkedHashSet<>();
        for (String base : notebookNames(executedDir)) {
            Path page = handouts.resolve(base + ".html");
            if (Files.isRegularFile(page)) {
                JsonNode nb = JSON.readTree(executedDir.resolve(base + ".ipynb").toFile());
                cards.add(card(base + ".html", nb, base));
                current.add(base + ".html");
            }
        }
        try (Stream<Path> s = Files.list(handouts)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                String f = p.getFileName().toString();
                if (!f.equals("index.html") && !current.contains(f)) {
                    Files.delete(p);
                    System.out.println("removed stale handout " + p + " (no clean run of its notebook in " + executedDir + ")");
                }
            }
        }
        Set<String> known = new LinkedHashSet<>(sources);
        known.addAll(notebookNames(executedDir));
        for (int i = 0; i < cards.size(); i++) {
            Path page = handouts.resolve(cards.get(i).file());
            String html = Files.readString(page, StandardCharsets.UTF_8);
            List<String> unknown = new ArrayList<>();
            html = finish(html, cards, i, known, unknown);
            for (String u : unknown) {
                System.out.println("warning: " + cards.get(i).file() + " links to " + u
                        + ".ipynb, which is not a notebook of this project; the link is left broken");
            }
            Files.writeString(page, html, StandardCharsets.UTF_8);
        }
        String css = ownTemplate ? readIfPresent(templates.resolve("thw2/static/index-page.css")) : null;
        String js = ownTemplate ? readIfPresent(templates.resolve("thw2/static/thw2-head.js")) : null;
        Files.writeString(handouts.resolve("index.html"), indexPage(cards, css, js), StandardCharsets.UTF_8);
        return handouts;
    }

    /** The base names (without .ipynb) of the notebooks in a folder, sorted; empty if there is none. */
    static List<String> notebookNames(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".ipynb"))
                    .map(f -> f.substring(0, f.length() - ".ipynb".length())).sorted(Comparator.naturalOrder())
                    .toList();
        }
    }

    private static String readIfPresent(Path p) throws IOException {
        return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : null;
    }

    /**
     * The finishing of handout {@code i} of {@code cards}: its title, its links to notebooks in
     * {@code known} turned into links to their handouts (the names of the others are added to
     * {@code unknown}), and its pager. Idempotent: finishing a finished page changes nothing.
     */
    static String finish(String html, List<Card> cards, int i, Set<String> known, List<String> unknown) {
        Card c = cards.get(i);
        String title = escape(c.title()) + " · " + SITE;
        String out = TITLE.matcher(html).replaceFirst(Matcher.quoteReplacement("<title>" + title + "</title>"));
        out = rewriteNotebookLinks(out, known, unknown);
        int a = out.indexOf(PAGER_START);
        if (a >= 0) {
            int b = out.indexOf(PAGER_END, a);
            int end = b >= 0 ? b + PAGER_END.length() : a + PAGER_START.length();
            out = out.substring(0, a) + PAGER_START + pager(cards, i) + PAGER_END + out.substring(end);
        }
        return out;
    }

    /** {@code href="NAME.ipynb#x"} becomes {@code href="NAME.html#x"} when NAME is in {@code known}. */
    static String rewriteNotebookLinks(String html, Set<String> known, List<String> unknown) {
        Matcher m = NOTEBOOK_LINK.matcher(html);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String hash = m.group(2) == null ? "" : m.group(2);
            if (known.contains(name)) {
                m.appendReplacement(b, Matcher.quoteReplacement("href=\"" + name + ".html" + hash + "\""));
            } else {
                if (!unknown.contains(name)) {
                    unknown.add(name);
                }
                m.appendReplacement(b, Matcher.quoteReplacement(m.group()));
            }
        }
        m.appendTail(b);
        return b.toString();
    }

    /** Links to the previous and next handouts, in index order (empty when there is only one). */
    static String pager(List<Card> cards, int i) {
        StringBuilder b = new StringBuilder();
        if (i > 0) {
            b.append(pagerLink(cards.get(i - 1), "thw2-prev", "Previous"));
        }
        if (i + 1 < cards.size()) {
            b.append(pagerLink(cards.get(i + 1), "thw2-next", "Next"));
        }
        return b.length() == 0 ? "" : "<nav class=\"thw2-pager\" aria-label=\"Previous and next handouts\">" + b + "</nav>";
    }

    private static String pagerLink(Card c, String cls, String label) {
        String k = c.kickerUnlessInTitle();
        return "<a class=\"" + cls + "\" href=\"" + escape(c.file()) + "\"><span>" + label
                + (k.isEmpty() ? "" : " · " + escape(k)) + "</span>" + escape(c.title()) + "</a>";
    }

    /** "Question 5" for q5-anything, "Introduction" for a name starting with digits, else empty. */
    static String kicker(String base) {
        Matcher m = QUESTION.matcher(base);
        if (m.matches()) {
            return "Question " + m.group(1);
        }
        return base.matches("\\d+([-_].*)?") ? "Introduction" : "";
    }

    /** Title = the first level-1 heading of the first markdown cell; summary = the paragraph after it. */
    static Card card(String file, JsonNode nb, String fallbackTitle) {
        for (JsonNode cell : nb.path("cells")) {
            if (!"markdown".equals(cell.path("cell_type").asText())) {
                continue;
            }
            List<String> lines = Classifier.text(cell.path("source")).lines().toList();
            String title = null;
            StringBuilder summary = new StringBuilder();
            for (String line : lines) {
                String l = line.strip();
                if (title == null) {
                    if (l.startsWith("# ")) {
                        title = l.substring(2).strip();
                    }
                } else if (l.isEmpty()) {
                    if (summary.length() > 0) {
                        break;
                    }
                } else if (!l.startsWith("#")) {
                    summary.append(summary.length() > 0 ? " " : "").append(l);
                }
            }
            if (title != null) {
                return new Card(file, plain(title), plain(summary.toString()));
            }
        }
        return new Card(file, fallbackTitle, "");
    }

    /** Markdown emphasis and links reduced to text, and TeX reduced to its symbols, for a card. */
    static String plain(String md) {
        String s = md.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[*`]", "")
                .replaceAll("\\$+([^$]*)\\$+", "$1").replace("^\\top", "ᵀ").replace("\\top", "ᵀ")
                .replace("\\,", " ").replaceAll("\\\\(?:left|right|mathrm|mathbf|operatorname)\\b", "");
        Matcher m = Pattern.compile("\\\\([A-Za-z]+)").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(GREEK.getOrDefault(m.group(1), m.group(1))));
        }
        m.appendTail(b);
        return b.toString().replaceAll("(?<=\\w)_(?=\\w)", "").replace("_", "").replaceAll("[{}]", "");
    }

    private static final Map<String, String> GREEK = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"),
            Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"),
            Map.entry("eta", "η"), Map.entry("theta", "θ"), Map.entry("lambda", "λ"),
            Map.entry("Lambda", "Λ"), Map.entry("mu", "μ"), Map.entry("sigma", "σ"),
            Map.entry("Sigma", "Σ"), Map.entry("nabla", "∇"), Map.entry("cdot", "·"),
            Map.entry("times", "×"), Map.entry("approx", "≈"), Map.entry("le", "≤"),
            Map.entry("ge", "≥"), Map.entry("to", "→"));

    /** The index page with the built-in minimal style (used when the template folder is missing). */
    static String indexPage(List<Card> cards) {
        return indexPage(cards, null, null);
    }

    /**
     * The index page: a masthead and one card per handout, in order. {@code css} and {@code headJs}
     * (from the template folder: static/index-page.css and static/thw2-head.js) are inlined, so the
     * page depends on nothing outside itself; when null, a minimal built-in style is used.
     */
    static String indexPage(List<Card> cards, String css, String headJs) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(SITE).append(": executable edition</title>\n<style>\n")
                .append(css != null ? css : FALLBACK_CSS).append("</style>\n");
        if (headJs != null) {
            b.append("<script>\n").append(headJs).append("</script>\n");
        }
        b.append("</head><body class=\"thw2-index\">\n")
                .append("<header class=\"thw2-masthead\"><div class=\"thw2-wrap\">")
                .append("<p class=\"thw2-over\">An executable, corrected edition</p>")
                .append("<h1>").append(SITE).append("</h1>")
                .append("<p class=\"thw2-lede\">The solution set of a deep-learning homework, rebuilt as Java notebooks: ")
                .append("every answer derived, computed with a small Java library and checked numerically. ")
                .append("Where the original answers were wrong, an <em>Erratum</em> says so and shows the evidence.</p>")
                .append("</div></header>\n<main class=\"thw2-wrap\">\n<ol class=\"thw2-cards\">\n");
        for (Card c : cards) {
            b.append("<li><a class=\"card\" href=\"").append(escape(c.file())).append("\"><h2>")
                    .append(escape(c.title())).append("</h2>");
            if (!c.kickerUnlessInTitle().isEmpty()) {
                b.append("<p class=\"card-kicker\">").append(escape(c.kickerUnlessInTitle())).append("</p>");
            }
            b.append("<p>").append(escape(c.summary())).append("</p></a></li>\n");
        }
        b.append("</ol>\n</main>\n<footer class=\"thw2-wrap\">Each handout was produced by executing its notebook ")
                .append("through a Java kernel; a failed check stops the build, so every check shown passed.</footer>\n")
                .append("</body></html>\n");
        return b.toString();
    }

    private static final String FALLBACK_CSS = """
            body{font-family:sans-serif;color:#1d2129;margin:0 auto;max-width:60rem;padding:1rem}
            ol{list-style:none;padding:0}a.card{display:flex;flex-direction:column;margin:1rem 0;color:inherit}
            .card-kicker{order:-1;margin:0;text-transform:uppercase;font-size:.8rem}
            """;

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
