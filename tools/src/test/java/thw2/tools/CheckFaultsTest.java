package thw2.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckFaultsTest {
    @TempDir
    Path root;

    void tree(String faults) throws Exception {
        Files.createDirectories(root.resolve("notebooks"));
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/A.java"), "class A { int f() { return 1 + 1; } }\n");
        Files.writeString(root.resolve("notebooks/q1-a.ipynb"), """
                {"cells": [
                  {"cell_type": "markdown", "id": "m", "metadata": {}, "source": ["# Title"]},
                  {"cell_type": "code", "id": "c1", "metadata": {"tags": ["check"]}, "source": ["// why\\n", "Check.that(x);"],
                   "outputs": []},
                  {"cell_type": "code", "id": "c2", "metadata": {}, "source": ["int y = 2;"],
                   "outputs": [{"output_type": "error", "ename": "E", "evalue": "boom", "traceback": []}]},
                  {"cell_type": "code", "id": "c3", "metadata": {"tags": ["check"]}, "source": ["Check.close(y);"],
                   "outputs": [{"output_type": "stream", "name": "stderr", "text": ["CHECK FAILED: y\\n"]}]}
                ]}
                """);
        Files.writeString(root.resolve("notebooks/q2-b.ipynb"), "{\"cells\": []}");
        Files.writeString(root.resolve("faults.tsv"), faults);
    }

    @Test
    void readsFaultsAndExpandsNotebookPatterns() throws Exception {
        tree("# comment\n\nsum\tsrc/A.java\t1 + 1\t1 - 1\tq*.ipynb q1-a.ipynb\n");
        var faults = CheckFaults.load(root, root.resolve("faults.tsv"));
        assertEquals(1, faults.size());
        assertEquals(List.of("q1-a.ipynb", "q2-b.ipynb"), faults.get(0).notebooks());
        assertEquals(5, faults.get(0).line() + 2);
    }

    @Test
    void aBadLineStopsItBeforeAnythingIsBuilt() throws Exception {
        tree("sum\tsrc/A.java\t2 + 2\t1 - 1\tq1-a.ipynb\n");
        var e = assertThrows(CheckFaults.BadDefinition.class, () -> CheckFaults.load(root, root.resolve("faults.tsv")));
        assertTrue(e.getMessage().contains("occurs 0 times"), e.getMessage());
        Files.writeString(root.resolve("faults.tsv"), "sum\tsrc/A.java\t1 + 1\t1 - 1\tq9-*.ipynb\n");
        e = assertThrows(CheckFaults.BadDefinition.class, () -> CheckFaults.load(root, root.resolve("faults.tsv")));
        assertTrue(e.getMessage().contains("matches nothing"), e.getMessage());
        Files.writeString(root.resolve("faults.tsv"), "sum\tsrc/A.java\t1 + 1\n");
        e = assertThrows(CheckFaults.BadDefinition.class, () -> CheckFaults.load(root, root.resolve("faults.tsv")));
        assertTrue(e.getMessage().contains("expected 5 TAB-separated columns"), e.getMessage());
    }

    @Test
    void theFirstFailingCheckCellIsNamedAndOtherErrorsAreReported() throws Exception {
        tree("");
        String[] first = new String[2];
        var cell = CheckFaults.firstFailingCheck(root.resolve("notebooks/q1-a.ipynb"), "q1-a.ipynb", first);
        assertEquals(4, cell.number());
        assertEquals("c3", cell.id());
        assertEquals("cell 3 (int y = 2;): E: boom", first[0]);
        assertEquals("wrote to stderr: CHECK FAILED: y", first[1]);
        assertNull(CheckFaults.firstFailingCheck(root.resolve("notebooks/q2-b.ipynb"), "q2-b.ipynb", new String[2]));
    }

    @Test
    void checkCellsAreListedWithTheirFirstLineOfCode() throws Exception {
        tree("");
        var cells = CheckFaults.checkCells(root.resolve("notebooks"));
        assertEquals(2, cells.size());
        assertEquals("Check.that(x);", cells.get(0).firstLine());
        assertEquals("q1-a.ipynb#c1", cells.get(0).key());
    }
}
