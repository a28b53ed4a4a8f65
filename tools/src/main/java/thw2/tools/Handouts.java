package thw2.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns the executed notebooks in {@code OUT/notebooks} into HTML handouts in {@code OUT/handouts},
 * plus the index page.
 *
 * <p>The page structure is in the nbconvert template ({@code handout/templates/thw2}): the page
 * title, the bar and kicker, links between handouts, the pager, and the index page
 * ({@code index-page.html.j2}). Java does only what a template cannot:
 * <ul>
 *   <li>know the other notebooks: a template sees one notebook, so the list of handouts in index
 *       order, with each one's title and summary, is put in the metadata of the copy that is
 *       converted ({@code nb.metadata.thw2}, documented in the template);</li>
 *   <li>reduce Markdown and TeX to plain text for those titles and summaries ({@link #plain}: Jinja
 *       has no regular expressions);</li>
 *   <li>handle files: stage the copies, run nbconvert, move the pages into place, and delete a
 *       handout whose executed notebook is no longer in {@code OUT/notebooks} (it failed, or was
 *       removed), so that the folder never shows a stale page as if it were current;</li>
 *   <li>warn about a link to a notebook that is not the project's (left as it is).</li>
 * </ul>
 * Every executed notebook in {@code OUT/notebooks} is converted again on each run (also those of
 * earlier runs), so that every pager and the index agree with the current set of handouts.
 */
final class Handouts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NOTEBOOK_LINK = Pattern.compile("href=\"([^\"/:?#]+)\\.ipynb(#[^\"]*)?\"");
    /** The template's name (a folder in the template directory) and its index-page template file. */
    static final String TEMPLATE = "thw2";
    static final String INDEX_TEMPLATE = "index-page.html.j2";

    /** MathJax 2 (what nbconvert 6's templates are written for), from a public CDN. */
    public static final String DEFAULT_MATHJAX =
            "https://cdn.jsdelivr.net/npm/mathjax@2.7.9/MathJax.js?config=TeX-AMS_CHTML-full,Safe";
    /** require.js, which nbconvert's classic page loads, from a public CDN. */
    public static final String DEFAULT_REQUIREJS =
            "https://cdn.jsdelivr.net/npm/requirejs@2.3.6/require.min.js";

    private Handouts() {}

    /** One handout as the templates see it: its file, its title and summary in plain text. */
    record Page(String file, String title, String summary) {}

    /** The template folder to use: {@code given}, or handout/templates when null; an error when it holds no thw2/. */
    static Path templates(Path given) throws UsageException {
        Path dir = given != null ? given : Path.of("handout", "templates");
        if (!Files.isRegularFile(dir.resolve(TEMPLATE).resolve("index.html.j2"))) {
            throw new UsageException("no handout template " + dir.resolve(TEMPLATE).resolve("index.html.j2")
                    + " (run from the project's root, or pass --templates DIR)");
        }
        return dir;
    }

    /**
     * Writes every handout and the index page; {@code sources} are the notebooks of this run, whose
     * folders hold the notebooks that a handout may link to.
     */
    static Path write(Jupyter jupyter, Path out, String mathjaxUrl, Path templates, List<Path> sources)
            throws IOException, UsageException {
        Path stage = out.resolve(".staging-html");
        try {
            return write(jupyter, out, mathjaxUrl, templates(templates), sources, stage);
        } finally {
            Io.deleteTree(stage); // also when nbconvert failed: no staging folder is left behind
        }
    }

    private static Path write(Jupyter jupyter, Path out, String mathjaxUrl, Path templates, List<Path> sources,
                              Path stage)
            throws IOException {
        Io.deleteTree(stage);
        Path in = Files.createDirectories(stage.resolve("in"));
        Path html = Files.createDirectories(stage.resolve("html"));
        // Every executed notebook in OUT/notebooks is a handout, in name order.
        Path executedDir = out.resolve("notebooks");
        List<String> names = notebookNames(executedDir);
        List<Page> pages = new ArrayList<>();
        List<ObjectNode> notebooks = new ArrayList<>();
        for (String base : names) {
            ObjectNode nb = (ObjectNode) JSON.readTree(executedDir.resolve(base + ".ipynb").toFile());
            notebooks.add(nb);
            pages.add(page(base + ".html", nb, base));
        }
        // Links may point at any notebook of the project: those run now, and those beside the sources.
        Set<String> known = new TreeSet<>(names);
        for (Path nb : sources) {
            Path dir = nb.toAbsolutePath().getParent();
            if (dir != null) {
                known.addAll(notebookNames(dir));
            }
        }
        for (int i = 0; i < names.size(); i++) {
            Path copy = in.resolve(names.get(i) + ".ipynb");
            JSON.writeValue(copy.toFile(), withSite(notebooks.get(i), pages, i, known));
        }
        Path index = in.resolve("index.ipynb");
        ObjectNode empty = JSON.createObjectNode();
        empty.putArray("cells");
        empty.putObject("metadata");
        empty.put("nbformat", 4).put("nbformat_minor", 5);
        JSON.writeValue(index.toFile(), withSite(empty, pages, -1, known));

        List<String> common = List.of("nbconvert", "--to", "html",
                "--HTMLExporter.mathjax_url=" + mathjaxUrl,
                "--HTMLExporter.require_js_url=" + DEFAULT_REQUIREJS,
                "--TemplateExporter.extra_template_basedirs=" + templates.toAbsolutePath(),
                "--template", TEMPLATE,
                "--output-dir", html.toString());
        if (!names.isEmpty()) { // with no clean notebook there is no page to write, but stale pages still go
            List<String> args = new ArrayList<>(common);
            args.add("--TagRemovePreprocessor.enabled=True");
            args.add("--TagRemovePreprocessor.remove_all_outputs_tags=setup");
            names.forEach(n -> args.add(in.resolve(n + ".ipynb").toString()));
            nbconvert(jupyter, args);
        }
        List<String> indexArgs = new ArrayList<>(common);
        indexArgs.add("--template-file=" + INDEX_TEMPLATE);
        indexArgs.add(index.toString());
        nbconvert(jupyter, indexArgs);

        Path handouts = Files.createDirectories(out.resolve("handouts"));
        try (var files = Files.list(html)) {
            for (Path p : files.toList()) {
                Files.move(p, handouts.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Set<String> current = new TreeSet<>();
        pages.forEach(p -> current.add(p.file()));
        try (Stream<Path> s = Files.list(handouts)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).toList()) {
                String f = p.getFileName().toString();
                if (!f.equals("index.html") && !current.contains(f)) {
                    Files.delete(p);
                    System.out.println("removed stale handout " + p + " (no clean run of its notebook in " + executedDir + ")");
                }
            }
        }
        for (Page p : pages) {
            for (String u : unknownNotebookLinks(Files.readString(handouts.resolve(p.file()), StandardCharsets.UTF_8))) {
                System.out.println("warning: " + p.file() + " links to " + u
                        + ".ipynb, which is not a notebook of this project; the link is left broken");
            }
        }
        return handouts;
    }

    private static void nbconvert(Jupyter jupyter, List<String> args) throws IOException {
        Jupyter.Run run = jupyter.call(args, 1800);
        if (run.exitCode() != 0) {
            throw new IOException("writing the HTML handouts failed (nbconvert exit " + run.exitCode() + "):\n"
                    + Io.tail(run.log(), 20));
        }
    }

    /**
     * {@code nb} with {@code metadata.thw2} = the handouts in order, this one's position {@code i}
     * ({@code -1} for the index page) and the names of the project's notebooks: what the templates
     * need to know about the other pages.
     */
    static ObjectNode withSite(ObjectNode nb, List<Page> pages, int i, Set<String> notebooks) {
        ObjectNode copy = nb.deepCopy();
        JsonNode meta = copy.path("metadata");
        ObjectNode metadata = meta.isObject() ? (ObjectNode) meta : copy.putObject("metadata");
        ObjectNode site = metadata.putObject("thw2");
        ArrayNode list = site.putArray("pages");
        for (Page p : pages) {
            list.addObject().put("file", p.file()).put("title", p.title()).put("summary", p.summary());
        }
        site.put("index", i);
        ArrayNode names = site.putArray("notebooks");
        notebooks.forEach(names::add);
        return copy;
    }

    /** The names of the notebooks that {@code html} links to ({@code NAME.ipynb}) although they are no longer notebooks of the project. */
    static List<String> unknownNotebookLinks(String html) {
        Set<String> found = new TreeSet<>();
        Matcher m = NOTEBOOK_LINK.matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return List.copyOf(found);
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

    /** Title = the first level-1 heading of the first markdown cell; summary = the paragraph after it. */
    static Page page(String file, JsonNode nb, String fallbackTitle) {
        for (JsonNode cell : nb.path("cells")) {
            if (!"markdown".equals(cell.path("cell_type").asText())) {
                continue;
            }
            List<String> lines = Notebook.text(cell.path("source")).lines().toList();
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
                return new Page(file, plain(title), plain(summary.toString()));
            }
        }
        return new Page(file, fallbackTitle, "");
    }

    /** Markdown emphasis and links reduced to text, and TeX reduced to its symbols, for a title or summary. */
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
}
