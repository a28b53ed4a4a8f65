package thw2.tools;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class HandoutsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The project's templates, seen from the tools module (where Maven runs the tests). */
    private static final Path TEMPLATES = Path.of("..", "handout", "templates");

    @Test
    void cardTextDropsMarkdownAndTex() {
        assertEquals("gradient descent on J(w) = wᵀ Hw, with σ(z) and λ ≤ 2",
                Handouts.plain("*gradient descent* on $J(w) = w^\\top Hw$, with $\\sigma(z)$ and $\\lambda \\le 2$"));
        assertEquals("a bowl, w0 and batchnorm", Handouts.plain("a [bowl](x.ipynb), $w_0$ and batch_norm"));
    }

    @Test
    void aPageTakesTheFirstHeadingAndParagraph() throws Exception {
        var nb = JSON.readTree("{\"cells\":[{\"cell_type\":\"code\",\"source\":\"%jars x\"},"
                + "{\"cell_type\":\"markdown\",\"source\":[\"# Question 5: <GD>\\n\",\"\\n\",\"Gradient *descent* on\\n\","
                + "\"a [bowl](x.ipynb).\\n\",\"\\n\",\"More.\"]}]}");
        Handouts.Page p = Handouts.page("q5.html", nb, "q5");
        assertEquals("Question 5: <GD>", p.title());
        assertEquals("Gradient descent on a bowl.", p.summary());
        assertEquals(new Handouts.Page("x.html", "x", ""), Handouts.page("x.html", JSON.readTree("{\"cells\":[]}"), "x"));
    }

    @Test
    void theSiteGoesIntoACopysMetadata() throws Exception {
        ObjectNode nb = (ObjectNode) JSON.readTree("{\"cells\":[],\"metadata\":{\"kernelspec\":{\"name\":\"java\"}}}");
        List<Handouts.Page> pages = List.of(new Handouts.Page("a.html", "A", "a"), new Handouts.Page("b.html", "B", "b"));
        ObjectNode copy = Handouts.withSite(nb, pages, 1, Set.of("a", "b", "c"));
        assertEquals("java", copy.at("/metadata/kernelspec/name").asText());
        assertEquals(1, copy.at("/metadata/thw2/index").asInt());
        assertEquals("b.html", copy.at("/metadata/thw2/pages/1/file").asText());
        assertEquals("A", copy.at("/metadata/thw2/pages/0/title").asText());
        assertEquals(3, copy.at("/metadata/thw2/notebooks").size());
        assertTrue(nb.at("/metadata/thw2").isMissingNode(), "the executed notebook itself is not changed");
    }

    @Test
    void unknownNotebookLinksAreFound() {
        assertEquals(List.of("q9-missing"), Handouts.unknownNotebookLinks("<a href=\"q9-missing.ipynb\">x</a> "
                + "<a href=\"q9-missing.ipynb#s\">again</a> <a href=\"q1.html\">ok</a> <a href=\"https://e.org/x.ipynb\">web</a>"));
    }

    @Test
    void aMissingTemplateIsAUsageError(@TempDir Path dir) {
        var e = assertThrows(UsageException.class, () -> Handouts.templates(dir));
        assertTrue(e.getMessage().startsWith("no handout template " + dir.resolve("thw2/index.html.j2")), e.getMessage());
    }

    /**
     * write() end to end with the real nbconvert and the project's template (no kernel: the notebooks
     * are already "executed"): titles, kickers, pager, links between handouts, the index page, and a
     * stale handout removed.
     */
    @Test
    @Timeout(600)
    void writeRendersPagesPagerLinksAndIndexWithTheTemplate(@TempDir Path dir) throws Exception {
        Path jupyter = Path.of("/usr/bin/jupyter");
        assumeTrue(Files.isExecutable(jupyter), "needs Debian's jupyter with nbconvert (scripts/setup installs it)");
        Path src = Files.createDirectories(dir.resolve("notebooks"));
        Path out = dir.resolve("build");
        Path executed = Files.createDirectories(out.resolve("notebooks"));
        Path handouts = Files.createDirectories(out.resolve("handouts"));
        String nb = """
                {"cells":[{"cell_type":"markdown","metadata":{},"source":"# %s\\n\\nAbout $\\\\sigma$ and *%s*.\\n\\n%s"}],
                 "metadata":{},"nbformat":4,"nbformat_minor":5}""";
        String links = "[start](00-start-here.ipynb) [part b](q2-committee.ipynb#Part-b) [gone](q7-none.ipynb) "
                + "[web](https://example.org/x.ipynb) [up](../elsewhere/q1-batches.ipynb)";
        for (String n : List.of("00-start-here", "q1-batches", "q2-committee", "q3-notrun")) {
            Files.writeString(src.resolve(n + ".ipynb"), String.format(nb, n, n, ""));
        }
        Files.writeString(executed.resolve("00-start-here.ipynb"), String.format(nb, "Start here", "s", ""));
        Files.writeString(executed.resolve("q1-batches.ipynb"), String.format(nb, "Batches & <noise>", "b", links));
        Files.writeString(executed.resolve("q2-committee.ipynb"), String.format(nb, "Question 2: committees", "c", ""));
        Files.writeString(handouts.resolve("q0-old.html"), "stale"); // no executed notebook: must go
        Path written = Handouts.write(Jupyter.locate(jupyter.toString()), out, "mj", TEMPLATES,
                List.of(src.resolve("q1-batches.ipynb")));

        assertEquals(handouts, written);
        assertFalse(Files.exists(handouts.resolve("q0-old.html")));
        assertFalse(Files.exists(out.resolve(".staging-html")));
        String q1 = Files.readString(handouts.resolve("q1-batches.html"), StandardCharsets.UTF_8);
        assertTrue(q1.contains("<title>Batches &amp; &lt;noise&gt; · Deep Learning THW2</title>"), q1);
        assertTrue(q1.contains("<span class=\"thw2-where\">Question 1</span>"), q1);
        assertTrue(q1.contains("<p class=\"thw2-kicker\">Question 1</p>"), q1);
        assertTrue(q1.contains("href=\"00-start-here.html\">start</a>"), q1);
        assertTrue(q1.contains("href=\"q2-committee.html#Part-b\">part b</a>"), q1);
        assertTrue(q1.contains("href=\"q7-none.ipynb\">gone</a>"), "an unknown notebook's link is left: " + q1);
        assertTrue(q1.contains("href=\"https://example.org/x.ipynb\">web</a>"), q1);
        assertTrue(q1.contains("href=\"../elsewhere/q1-batches.ipynb\">up</a>"), q1);
        assertTrue(q1.contains("<a class=\"thw2-prev\" href=\"00-start-here.html\"><span>Previous · Introduction</span>Start here</a>"), q1);
        // a title that already names its question gets no second label
        assertTrue(q1.contains("<a class=\"thw2-next\" href=\"q2-committee.html\"><span>Next</span>Question 2: committees</a>"), q1);
        String q2 = Files.readString(handouts.resolve("q2-committee.html"), StandardCharsets.UTF_8);
        assertFalse(q2.contains("<p class=\"thw2-kicker\">"), q2);
        assertFalse(q2.contains("class=\"thw2-next\""), "the last page has no next link: " + q2);
        assertTrue(Files.readString(handouts.resolve("00-start-here.html"), StandardCharsets.UTF_8)
                .contains("<a class=\"thw2-next\" href=\"q1-batches.html\"><span>Next · Question 1</span>Batches &amp; &lt;noise&gt;</a>"));

        String index = Files.readString(handouts.resolve("index.html"), StandardCharsets.UTF_8);
        assertFalse(index.contains("http"), "the index page loads nothing from the web: " + index);
        assertTrue(index.contains("--paper"), "the index page's style is inlined");
        int a = index.indexOf("href=\"00-start-here.html\""), b = index.indexOf("href=\"q1-batches.html\""),
                c = index.indexOf("href=\"q2-committee.html\"");
        assertTrue(a > 0 && a < b && b < c, index);
        assertTrue(index.contains("<h2>Batches &amp; &lt;noise&gt;</h2><p class=\"card-kicker\">Question 1</p><p>About σ and b.</p>"), index);
        assertTrue(index.contains("<h2>Question 2: committees</h2><p>About σ and c.</p>"), index);
        assertFalse(index.contains("q3-notrun") || index.contains("q0-old"), index);
        assertEquals(List.of("index.html", "00-start-here.html", "q1-batches.html", "q2-committee.html").stream().sorted().toList(),
                Files.list(handouts).map(p -> p.getFileName().toString()).sorted().toList());
    }
}
