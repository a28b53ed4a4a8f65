package thw2.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
}
