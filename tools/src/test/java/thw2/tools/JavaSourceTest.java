package thw2.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JavaSourceTest {
    @Test
    void commentsAndLiteralsGoNamesStay() {
        String src = "String u = \"https://x.org/a\"; // Runner\nchar q = '\"'; /* Jupyter */ Io.read(p);\n"
                + "String t = \"\"\"\n  Handouts \"\"\"; Notebook.read(\"a\\\"b\");";
        assertEquals("String u = \"\"; \nchar q = ' ';   Io.read(p);\nString t = \"\"; Notebook.read(\"\");",
                JavaSource.code(src));
    }
}
