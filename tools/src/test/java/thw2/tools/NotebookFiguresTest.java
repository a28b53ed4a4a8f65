package thw2.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NotebookFiguresTest {
    @Test
    void countsLinesOfCodeWithoutBlanksCommentsAndMagics() {
        assertEquals(2, NotebookFigures.linesOfCode("%jars x.jar\n\n// a comment\nint a = 1;\n  \n  a += 2; // trailing\n"));
    }

    @Test
    void findsTopLevelMethodsAndTypesOnly() {
        String cell = """
                String fmt(String p, Object... args) { return String.format(p, args); }
                /** doc */
                static double[] slope(double[] x, double[] y) {
                    for (int i = 0; i < 3; i++) { if (x[i] > 0) { y[i] = 1; } }
                    Runnable r = () -> { };
                    return y;
                }
                record Member(int seed, double rate) {}
                var list = new java.util.ArrayList<String>() { };
                for (int i = 0; i < 2; i++) { System.out.println("void f() {"); }
                if (true) { int k = 0; }
                Map<String, List<Integer>> groups(int n) throws Exception { return null; }
                """;
        assertEquals(List.of("fmt()", "slope()", "Member", "groups()"), NotebookFigures.definitions(cell));
    }

    /**
     * The edition's notebooks stay thin: the math lives in the tested library, a cell is one idea. At
     * most 1,000 lines of Java in all, no code cell over 20 lines, and at most 3 definitions (the
     * start page's 60-digit reference and the product form it exposes, where the code is the lesson).
     */
    @Test
    void theNotebooksStayThin() throws Exception {
        List<Path> notebooks;
        try (Stream<Path> s = Files.list(Path.of("../notebooks"))) {
            notebooks = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        NotebookFigures.Figures f = NotebookFigures.of(notebooks);
        assertTrue(f.lines() <= 1000, "Java in the notebooks: " + f.lines() + " lines, at most 1000");
        assertTrue(f.longest().lines() <= 20, "longest code cell: " + f.longest());
        assertTrue(f.definitions().size() <= 3, "definitions in notebooks: " + f.definitions());
    }
}
