package thw2.tools;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoutsTest {
    private static final List<Handouts.Card> CARDS = List.of(
            new Handouts.Card("00-start-here.html", "Start here", "What this is."),
            new Handouts.Card("q1-batches.html", "Batches & <noise>", "One."),
            new Handouts.Card("q2-committee.html", "Committees", "Two."));

    @Test
    void linksToKnownNotebooksBecomeLinksToTheirHandouts() {
        List<String> unknown = new ArrayList<>();
        String html = "<a href=\"q1-batches.ipynb\">q1</a> <a href=\"q2-committee.ipynb#Part-(b)\">b</a> "
                + "<a href=\"q9-missing.ipynb\">q9</a> <a href=\"https://example.org/x.ipynb\">web</a> "
                + "<a href=\"../elsewhere/q1-batches.ipynb\">up</a> <a href=\"q9-missing.ipynb#s\">again</a>";
        String out = Handouts.rewriteNotebookLinks(html, Set.of("q1-batches", "q2-committee"), unknown);
        assertEquals("<a href=\"q1-batches.html\">q1</a> <a href=\"q2-committee.html#Part-(b)\">b</a> "
                + "<a href=\"q9-missing.ipynb\">q9</a> <a href=\"https://example.org/x.ipynb\">web</a> "
                + "<a href=\"../elsewhere/q1-batches.ipynb\">up</a> <a href=\"q9-missing.ipynb#s\">again</a>", out);
        assertEquals(List.of("q9-missing"), unknown);
    }

    @Test
    void pagerLinksPreviousAndNextInIndexOrder() {
        assertFalse(Handouts.pager(CARDS, 0).contains("thw2-prev"));
        assertTrue(Handouts.pager(CARDS, 0).contains("<a class=\"thw2-next\" href=\"q1-batches.html\">"
                + "<span>Next · Question 1</span>Batches &amp; &lt;noise&gt;</a>"));
        String middle = Handouts.pager(CARDS, 1);
        assertTrue(middle.contains("<a class=\"thw2-prev\" href=\"00-start-here.html\"><span>Previous · Introduction</span>"), middle);
        assertTrue(middle.contains("href=\"q2-committee.html\""), middle);
        assertFalse(Handouts.pager(CARDS, 2).contains("thw2-next"));
        assertEquals("", Handouts.pager(CARDS.subList(0, 1), 0));
    }

    @Test
    void finishingSetsTitleLinksAndPagerAndIsIdempotent() {
        String page = "<html><head><title>q1-batches</title></head><body><a href=\"q2-committee.ipynb\">next</a>"
                + "<footer><!-- thw2:pager --><!-- /thw2:pager --></footer></body></html>";
        Set<String> known = Set.of("00-start-here", "q1-batches", "q2-committee");
        String once = Handouts.finish(page, CARDS, 1, known, new ArrayList<>());
        assertTrue(once.contains("<title>Batches &amp; &lt;noise&gt; · Deep Learning THW2</title>"), once);
        assertTrue(once.contains("<a href=\"q2-committee.html\">next</a>"), once);
        assertTrue(once.contains("<!-- thw2:pager --><nav class=\"thw2-pager\""), once);
        assertEquals(once, Handouts.finish(once, CARDS, 1, known, new ArrayList<>()));
        // a page of an earlier run whose neighbours changed gets a new pager, not a second one
        String again = Handouts.finish(once, CARDS.subList(0, 2), 1, known, new ArrayList<>());
        assertFalse(again.contains("q2-committee.html\"><span>"), again);
        assertEquals(1, again.split("thw2-pager\"", -1).length - 1);
    }

    @Test
    void kickersNameQuestionsAndTheIntroduction() {
        assertEquals("Question 5", Handouts.kicker("q5-gradient-descent"));
        assertEquals("Question 12", Handouts.kicker("q012_x"));
        assertEquals("Introduction", Handouts.kicker("00-start-here"));
        assertEquals("", Handouts.kicker("appendix"));
        assertEquals("", Handouts.kicker("quadratic"));
    }

    @Test
    void cardTextDropsMarkdownAndTex() {
        assertEquals("gradient descent on J(w) = wᵀ Hw, with σ(z) and λ ≤ 2",
                Handouts.plain("*gradient descent* on $J(w) = w^\\top Hw$, with $\\sigma(z)$ and $\\lambda \\le 2$"));
        assertEquals("a bowl, w0 and batchnorm", Handouts.plain("a [bowl](x.ipynb), $w_0$ and batch_norm"));
    }

    @Test
    void indexPageInlinesItsStyleAndListsCardsInOrder() {
        String page = Handouts.indexPage(CARDS, "a.card{color:red}", "var x = 1;");
        assertTrue(page.contains("<style>\na.card{color:red}</style>"), page);
        assertTrue(page.contains("<script>\nvar x = 1;</script>"), page);
        assertFalse(page.contains("http"), "the index page loads nothing from the web");
        int a = page.indexOf("00-start-here.html"), b = page.indexOf("q1-batches.html"), c = page.indexOf("q2-committee.html");
        assertTrue(a > 0 && a < b && b < c);
        assertTrue(page.contains("<h2>Batches &amp; &lt;noise&gt;</h2><p class=\"card-kicker\">Question 1</p>"), page);
        // a title that already names its question gets no second label
        String said = Handouts.indexPage(List.of(new Handouts.Card("q3-x.html", "Question 3: backprop", "s")), null, null);
        assertTrue(said.contains("<h2>Question 3: backprop</h2><p>s</p>"), said);
        assertTrue(Handouts.pager(List.of(CARDS.get(0), new Handouts.Card("q3-x.html", "Question 3: backprop", "")), 0)
                .contains("<span>Next</span>Question 3: backprop"));
    }

    /**
     * write() end to end with a stand-in for jupyter (a shell script that writes one page per notebook):
     * cards come from OUT/notebooks, a stale handout is removed, links and pagers are finished.
     */
    @Test
    void writeFinishesEveryHandoutAndRemovesStaleOnes(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("jupyter");
        Files.writeString(fake, """
                #!/bin/sh
                [ "$2" = "--version" ] && { echo 6.5.3; exit 0; }
                out=""; prev=""
                for a in "$@"; do
                  [ "$prev" = "--output-dir" ] && out=$a
                  case "$a" in *.ipynb)
                    b=$(basename "$a" .ipynb)
                    printf '<html><head><title>%s</title></head><body><a href="00-start-here.ipynb">s</a><a href="q7-none.ipynb">n</a><!-- thw2:pager --><!-- /thw2:pager --></body></html>' "$b" > "$out/$b.html";;
                  esac
                  prev=$a
                done
                """);
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path src = Files.createDirectories(dir.resolve("notebooks"));
        Path out = dir.resolve("build");
        Path executed = Files.createDirectories(out.resolve("notebooks"));
        Path handouts = Files.createDirectories(out.resolve("handouts"));
        String nb = "{\"cells\":[{\"cell_type\":\"markdown\",\"source\":\"# %s\\n\\nAbout %s.\"}]}";
        for (String n : List.of("00-start-here", "q1-batches")) {
            Files.writeString(src.resolve(n + ".ipynb"), String.format(nb, n, n));
            Files.writeString(executed.resolve(n + ".ipynb"), String.format(nb, "Title of " + n, n));
        }
        Files.writeString(handouts.resolve("q0-old.html"), "stale"); // no executed notebook: must go
        Files.writeString(handouts.resolve("00-start-here.html"),   // an earlier run's page: finished again
                "<html><head><title>x</title></head><body><!-- thw2:pager --><!-- /thw2:pager --></body></html>");
        Path templates = Files.createDirectories(dir.resolve("templates/thw2/static"));
        Files.writeString(templates.resolve("index-page.css"), "/* index css */");
        Runner.Options o = new Runner.Options(fake.toString(), out, "java", 1, 60, "mj", true, List.of(),
                dir.resolve("templates"));
        Runner.Result r = new Runner.Result(src.resolve("q1-batches.ipynb"), Outcome.ok(), 1, 1.0,
                executed.resolve("q1-batches.ipynb"));

        Path written = Handouts.write(Jupyter.locate(fake.toString()), o, List.of(r));

        assertEquals(handouts, written);
        assertFalse(Files.exists(handouts.resolve("q0-old.html")));
        String q1 = Files.readString(handouts.resolve("q1-batches.html"), StandardCharsets.UTF_8);
        assertTrue(q1.contains("<title>Title of q1-batches · Deep Learning THW2</title>"), q1);
        assertTrue(q1.contains("<a href=\"00-start-here.html\">s</a>"), q1);
        assertTrue(q1.contains("<a href=\"q7-none.ipynb\">n</a>"), q1);
        assertTrue(q1.contains("<a class=\"thw2-prev\" href=\"00-start-here.html\">"), q1);
        String start = Files.readString(handouts.resolve("00-start-here.html"), StandardCharsets.UTF_8);
        assertTrue(start.contains("<a class=\"thw2-next\" href=\"q1-batches.html\">"), start);
        String index = Files.readString(handouts.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(index.contains("/* index css */"), index);
        assertTrue(index.indexOf("href=\"00-start-here.html\"") < index.indexOf("href=\"q1-batches.html\""), index);
        assertFalse(index.contains("q0-old"), index);
        assertFalse(Files.exists(out.resolve(".staging-html")));
    }
}
