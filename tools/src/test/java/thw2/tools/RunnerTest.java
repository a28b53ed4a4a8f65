package thw2.tools;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunnerTest {
    @Test
    void missingNotebookIsAUsageError(@TempDir Path dir) {
        var e = assertThrows(UsageException.class,
                () -> Runner.notebooks(List.of(dir.resolve("nope.ipynb"))));
        assertTrue(e.getMessage().startsWith("notebook not found: "), e.getMessage());
    }

    @Test
    void nonNotebooksAreRejected(@TempDir Path dir) throws Exception {
        Path txt = Files.writeString(dir.resolve("a.txt"), "x");
        assertThrows(UsageException.class, () -> Runner.notebooks(List.of(txt)));
        Path broken = Files.writeString(dir.resolve("b.ipynb"), "{not json");
        var e = assertThrows(UsageException.class, () -> Runner.notebooks(List.of(broken)));
        assertTrue(e.getMessage().contains("JSON does not parse"), e.getMessage());
    }

    @Test
    void missingJupyterIsAClearError() {
        var e = assertThrows(UsageException.class, () -> Jupyter.locate("/nonexistent/jupyter"));
        assertTrue(e.getMessage().startsWith("Jupyter not found"), e.getMessage());
    }

    @Test
    void optionsAreParsedAndValidated() throws Exception {
        Runner.Options o = Runner.parse(new String[] {"--out", "x", "--attempts", "5", "--no-html", "a.ipynb"});
        assertEquals(Path.of("x"), o.out());
        assertEquals(5, o.attempts());
        assertFalse(o.html());
        assertEquals(List.of(Path.of("a.ipynb")), o.notebooks());
        assertThrows(UsageException.class, () -> Runner.parse(new String[] {"--attempts", "0"}));
        assertThrows(UsageException.class, () -> Runner.parse(new String[] {"--bogus"}));
        assertThrows(UsageException.class, () -> Runner.parse(new String[] {"--out"}));
    }

    /** --help prints USAGE (which the javadoc shows too): every option it lists is one that parse() takes. */
    @Test
    void everyOptionInTheUsageIsAccepted() throws Exception {
        var m = java.util.regex.Pattern.compile("^\\s+(--[a-z-]+)(?: ([A-Z]+))?", java.util.regex.Pattern.MULTILINE)
                .matcher(Runner.USAGE);
        int n = 0;
        while (m.find()) {
            String[] args = m.group(2) == null ? new String[] {m.group(1)} : new String[] {m.group(1), "7"};
            assertNotNull(Runner.parse(args), m.group(1));
            n++;
        }
        assertEquals(9, n, "options listed in USAGE");
        assertNull(Runner.parse(new String[] {"--help"}));
    }
}
