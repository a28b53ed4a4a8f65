package thw2.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Documentation;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InspectionTest {

    private static JShell shell;
    private static SourceCodeAnalysis analysis;

    @BeforeAll
    static void start() {
        shell = JShell.builder().executionEngine("local").build();
        analysis = shell.sourceCodeAnalysis();
        shell.eval("int counter = 3;");
    }

    @AfterAll
    static void stop() {
        shell.close();
    }

    private static String signatures(String code, int cursor) {
        List<Documentation> docs = Inspection.find(analysis, code, cursor);
        return String.join("\n", docs.stream().map(Documentation::signature).toList());
    }

    @Test
    void atTheEndOfAClassName() {
        assertEquals("java.lang.Math", signatures("Math", 4));
        assertEquals("java.lang.Math", signatures("Math.sqrt(2.0)", 4));
        assertEquals("java.lang.Math", signatures("Math", 2), "inside the name");
    }

    @Test
    void atTheEndOfAMethodName() {
        assertEquals("double Math.sqrt(double a)", signatures("Math.sqrt", 9));
        assertEquals("double Math.sqrt(double a)", signatures("Math.sqrt(2.0)", 9));
        assertEquals("double Math.sqrt(double a)", signatures("Math.sqrt (2.0)", 9));
    }

    @Test
    void insideACall() {
        assertEquals("double Math.sqrt(double a)", signatures("Math.sqrt(", 10));
        assertEquals("double Math.sqrt(double a)", signatures("Math.sqrt(2.0)", 11));
        assertTrue(signatures("Math.max(1, 2)", 10).contains("int Math.max(int a, int b)"));
    }

    @Test
    void aVariableAndNothing() {
        assertTrue(signatures("counter", 7).contains("counter"), signatures("counter", 7));
        assertEquals("", signatures("noSuchName", 10));
        assertEquals("", signatures("", 0));
        assertEquals("", signatures("1 + ", 99), "a cursor past the end is clamped");
    }

    @Test
    void renderedAsTextAndHtml() {
        List<Documentation> docs = Inspection.find(analysis, "Math.sqrt", 9);
        assertEquals("double Math.sqrt(double a)", Inspection.text(docs).lines().findFirst().orElseThrow());
        assertTrue(Inspection.html(docs).startsWith("<p><b>double Math.sqrt(double a)</b>"));
        assertFalse(Inspection.text(docs).contains("\u001b"), "no terminal escapes in text/plain");
    }

    @Test
    void javadocInlineTags() {
        assertEquals("Returns x for Math.", Inspection.inlineTags("Returns {@code x} for {@link java.lang.Math Math}.", false));
        assertEquals("Returns <code>x</code>.", Inspection.inlineTags("Returns {@code x}.", true));
    }

    @Test
    void cursorPositionsCountCodePoints() {
        assertEquals(4, ProtocolHandlers.charIndex("Math", 4));
        assertEquals(3, ProtocolHandlers.charIndex("\uD835\uDD3C+x", 2), "𝔼 is one code point, two chars");
        assertEquals(4, ProtocolHandlers.charIndex("Math", 40));
        assertEquals(0, ProtocolHandlers.charIndex("Math", -1));
    }
}
