package thw2.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Turns executed notebooks into HTML handouts, plus an index page with one card per notebook. */
final class Handouts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Handouts() {}

    /** One card of the index page. */
    record Card(String file, String title, String summary) {}

    static Path write(Jupyter jupyter, Runner.Options o, List<Runner.Result> ok) throws IOException {
        Path stage = o.out().resolve(".staging-html");
        Runner.deleteTree(stage);
        Files.createDirectories(stage);
        Path templates = o.templates() != null ? o.templates() : Path.of("handout", "templates");
        List<String> args = new ArrayList<>(List.of("nbconvert", "--to", "html",
                "--HTMLExporter.mathjax_url=" + o.mathjaxUrl(),
                "--HTMLExporter.require_js_url=" + Runner.DEFAULT_REQUIREJS,
                "--TagRemovePreprocessor.enabled=True",
                "--TagRemovePreprocessor.remove_all_outputs_tags=setup",
                "--output-dir", stage.toString()));
        if (Files.isDirectory(templates.resolve("thw2"))) {
            args.add("--TemplateExporter.extra_template_basedirs=" + templates.toAbsolutePath());
            args.add("--template");
            args.add("thw2");
        }
        List<Card> cards = new ArrayList<>();
        for (Runner.Result r : ok) {
            args.add(r.executed().toString());
            JsonNode nb = JSON.readTree(r.executed().toFile());
            String base = r.executed().getFileName().toString().replaceAll("\\.ipynb$", "");
            cards.add(card(base + ".html", nb, base));
        }
        Jupyter.Run run = jupyter.call(args, 1800);
        if (run.exitCode() != 0) {
            throw new IOException("writing the HTML handouts failed (nbconvert exit " + run.exitCode() + "):\n"
                    + Classifier.tail(run.log(), 20));
        }
        Files.writeString(stage.resolve("index.html"), indexPage(cards), StandardCharsets.UTF_8);
        Path handouts = o.out().resolve("handouts");
        Files.createDirectories(handouts);
        try (var files = Files.list(stage)) {
            for (Path p : files.toList()) {
                Files.move(p, handouts.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Runner.deleteTree(stage);
        return handouts;
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
                return new Card(file, title, plain(summary.toString()));
            }
        }
        return new Card(file, fallbackTitle, "");
    }

    /** Markdown emphasis and links reduced to text, for a card's summary. */
    static String plain(String md) {
        return md.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[*_`]", "");
    }

    static String indexPage(List<Card> cards) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Deep Learning THW2: executable edition</title>\n<style>\n")
                .append("body{font-family:\"Helvetica Neue\",\"DejaVu Sans\",Arial,sans-serif;color:#1f2328;margin:0;background:#f6f8fa}\n")
                .append("header{background:#0b5cad;color:#fff;padding:2.2rem 1.5rem}\n")
                .append("header div,main{max-width:980px;margin:0 auto}\n")
                .append("h1{margin:0 0 .4rem;font-size:2rem}header p{margin:0;opacity:.9;font-size:1.05rem}\n")
                .append("main{display:grid;grid-template-columns:repeat(auto-fill,minmax(280px,1fr));gap:1rem;padding:1.5rem}\n")
                .append("a.card{display:block;background:#fff;border:1px solid #d8dee4;border-radius:10px;padding:1rem 1.2rem;")
                .append("color:inherit;text-decoration:none;box-shadow:0 1px 2px rgba(0,0,0,.04)}\n")
                .append("a.card:hover{border-color:#0b5cad;box-shadow:0 2px 8px rgba(11,92,173,.15)}\n")
                .append("a.card h2{font-size:1.1rem;margin:0 0 .5rem;color:#0b5cad}a.card p{margin:0;font-size:.93rem;line-height:1.45;color:#424a53}\n")
                .append("footer{max-width:980px;margin:0 auto;padding:0 1.5rem 2rem;color:#59636e;font-size:.85rem}\n")
                .append("@media print{header{background:none;color:#000}a.card{break-inside:avoid}}\n")
                .append("</style></head><body>\n<header><div><h1>Deep Learning THW2</h1>")
                .append("<p>An executable, corrected edition of the solution set: every answer derived, computed and checked.</p>")
                .append("</div></header>\n<main>\n");
        for (Card c : cards) {
            b.append("<a class=\"card\" href=\"").append(escape(c.file())).append("\"><h2>")
                    .append(escape(c.title())).append("</h2><p>").append(escape(c.summary())).append("</p></a>\n");
        }
        b.append("</main>\n<footer>Each handout was produced by executing its notebook; a failed check stops the build.</footer>\n")
                .append("</body></html>\n");
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
