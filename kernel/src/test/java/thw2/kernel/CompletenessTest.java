package thw2.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    private static JShell shell;
    private static SourceCodeAnalysis analysis;

    @BeforeAll
    static void start() {
        shell = JShell.builder().executionEngine("local").build();
        analysis = shell.sourceCodeAnalysis();
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    private static String status(String code) {
        return Completeness.of(analysis, code).status();
    }

    @Test
    void completeInput() {
        for (String code : new String[] {"1 + 1", "int x = 1;", "int x = 1", "for (int i = 0; i < 3; i++) { }",
                "class Point { int x; }", "int a = 1; int b = 2;", "", "  \n", "%jars some.jar",
                "%jars some.jar\nint x = 1;", "%%bash\necho {", "1 +* 2" /* parses; the compiler reports it */}) {
            assertEquals("complete", status(code), code);
        }
    }

    @Test
    void incompleteInput() {
        for (String code : new String[] {"for (int i = 0; i < 3; i++) {", "Math.max(1,", "class Point {",
                "/* a comment", "int x = 1; int y =", "%jars some.jar\nclass A {"}) {
            assertEquals("incomplete", status(code), code);
        }
    }

    /** rapaio 3.0.1 answers "complete" for all of these. */
    @Test
    void invalidInput() {
        for (String code : new String[] {"int x = ;", "\"an unterminated string", "}", ")", "else { }",
                "int a = 1; int b = ;"}) {
            assertEquals("invalid", status(code), code);
        }
    }

    @Test
    void indentFollowsOpenBrackets() {
        assertEquals("    ", Completeness.of(analysis, "for (int i = 0; i < 3; i++) {").indent());
        assertEquals("        ", Completeness.of(analysis, "class A {\n  void f() {").indent());
        assertEquals("", Completeness.indent("f(\"(\", '{'); // {"));
        assertEquals("    ", Completeness.indent("g(\"\"\"\n  ( [ {\n  \"\"\", /* ( */"));
    }
}
