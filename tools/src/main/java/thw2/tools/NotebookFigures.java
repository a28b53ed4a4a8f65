package thw2.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How much Java the notebooks carry: lines of code, the longest code cell, and the methods, records,
 * classes, interfaces and enums defined in cells (where no unit test reaches them).
 *
 * <p>A line of code is a non-blank line of a code cell that is neither a {@code //} comment nor a
 * {@code %} magic. A definition is a declaration at a cell's top level: {@code record}, {@code class},
 * {@code interface} or {@code enum}, or a method ({@code Type name(parameters) {}); lambdas and
 * anonymous classes are not counted. {@code java -cp tools/target/thw2-runner.jar
 * thw2.tools.NotebookFigures [notebook.ipynb ...]} prints the figures (default every
 * notebooks/*.ipynb).
 */
public final class NotebookFigures {
    private static final Pattern TYPE = Pattern.compile("^(?:(?:public|private|static|final|abstract|sealed)\\s+)*"
            + "(?:record|class|interface|enum)\\s+([A-Za-z_]\\w*)");
    private static final Pattern METHOD = Pattern.compile("^(?:(?:public|private|protected|static|final|"
            + "synchronized)\\s+)*(?:<[^>]*>\\s*)?[\\w.]+(?:<[^=;]*>)?(?:\\[\\])*\\s+([A-Za-z_]\\w*)\\s*\\([^=;]*\\)"
            + "\\s*(?:throws\\s+[\\w.,\\s]+)?$");
    private static final List<String> NOT_TYPES = List.of("return", "new", "else", "throw", "case", "yield");

    private NotebookFigures() {}

    /** Lines of code longer than this many characters count as long (they wrap or scroll in a handout). */
    public static final int LONG_LINE = 110;

    /**
     * One code cell: its index among all cells, its id, its lines of code, its definitions, and its
     * lines longer than {@link #LONG_LINE} characters.
     */
    public record Cell(String notebook, int index, String id, int lines, List<String> definitions, int longLines) {}

    /** The figures of a set of notebooks. */
    public record Figures(List<Cell> cells) {
        /** Lines of code in all code cells. */
        public int lines() {
            return cells.stream().mapToInt(Cell::lines).sum();
        }

        /** The code cell with the most lines of code (the first of equals). */
        public Cell longest() {
            Cell best = null;
            for (Cell c : cells) {
                if (best == null || c.lines() > best.lines()) {
                    best = c;
                }
            }
            return best;
        }

        /** Lines of code longer than {@link #LONG_LINE} characters, in all cells. */
        public int longLines() {
            return cells.stream().mapToInt(Cell::longLines).sum();
        }

        /** Every definition, as "notebook: name". */
        public List<String> definitions() {
            List<String> all = new ArrayList<>();
            for (Cell c : cells) {
                for (String d : c.definitions()) {
                    all.add(c.notebook() + ": " + d);
                }
            }
            return all;
        }
    }

    /** Reads the code cells of every notebook. */
    public static Figures of(List<Path> notebooks) throws IOException {
        List<Cell> cells = new ArrayList<>();
        for (Path nb : notebooks) {
            JsonNode root = Notebook.read(nb);
            int index = 0;
            for (JsonNode cell : root.path("cells")) {
                if (Notebook.isCode(cell)) {
                    String source = Notebook.source(cell);
                    cells.add(new Cell(nb.getFileName().toString(), index, cell.path("id").asText(""),
                            linesOfCode(source), definitions(source), longLines(source)));
                }
                index++;
            }
        }
        return new Figures(cells);
    }


    /** Non-blank lines that are neither {@code //} comments nor {@code %} magics. */
    static int linesOfCode(String source) {
        int n = 0;
        for (String line : source.split("\n", -1)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("//") && !t.startsWith("%")) {
                n++;
            }
        }
        return n;
    }

    /** Lines longer than {@link #LONG_LINE} characters. */
    static int longLines(String source) {
        return (int) source.lines().filter(l -> l.stripTrailing().length() > LONG_LINE).count();
    }

    /** The names of the methods and types declared at the top level of a cell. */
    static List<String> definitions(String source) {
        String code = Stream.of(source.split("\n", -1)).filter(l -> !l.strip().startsWith("%"))
                .collect(Collectors.joining("\n"));
        code = JavaSource.code(code);
        List<String> found = new ArrayList<>();
        int depth = 0;
        StringBuilder head = new StringBuilder(); // the top-level text since the last ';', '{' or '}'
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                if (depth == 0) {
                    String h = head.toString().strip().replaceAll("\\s+", " ");
                    String name = declared(h);
                    if (name != null) {
                        found.add(name);
                    }
                }
                depth++;
                head.setLength(0);
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
                head.setLength(0);
            } else if (c == ';' && depth == 0) {
                head.setLength(0);
            } else if (depth == 0) {
                head.append(c);
            }
        }
        return found;
    }

    /** The name declared by a top-level statement head that opens a block, or null. */
    static String declared(String head) {
        Matcher t = TYPE.matcher(head);
        if (t.find()) {
            return t.group(1);
        }
        Matcher m = METHOD.matcher(head);
        if (m.matches()) {
            String first = head.split("[\\s(<]", 2)[0];
            if (NOT_TYPES.contains(first) || List.of("if", "for", "while", "switch", "catch", "synchronized",
                    "try", "do").contains(m.group(1))) {
                return null;
            }
            return m.group(1) + "()";
        }
        return null;
    }

    public static void main(String[] args) throws IOException {
        List<Path> notebooks = new ArrayList<>();
        for (String a : args) {
            notebooks.add(Path.of(a));
        }
        if (notebooks.isEmpty()) {
            try (Stream<Path> s = Files.list(Path.of("notebooks"))) {
                s.filter(p -> p.toString().endsWith(".ipynb")).sorted().forEach(notebooks::add);
            }
        }
        Figures f = of(notebooks);
        for (Path nb : notebooks) {
            Figures one = of(List.of(nb));
            System.out.printf(Locale.ROOT, "  %-55s %4d lines, longest cell %2d, %d definitions, %d lines over %d characters%n",
                    nb.getFileName(), one.lines(), one.longest() == null ? 0 : one.longest().lines(),
                    one.definitions().size(), one.longLines(), LONG_LINE);
        }
        Cell longest = f.longest();
        System.out.printf(Locale.ROOT, "Java in the notebooks: %d lines of code in %d code cells%n",
                f.lines(), f.cells().size());
        System.out.printf(Locale.ROOT, "longest code cell: %d lines (%s, cell %d, id %s)%n",
                longest.lines(), longest.notebook(), longest.index(), longest.id());
        System.out.printf(Locale.ROOT, "lines over %d characters: %d%n", LONG_LINE, f.longLines());
        List<String> defs = f.definitions();
        System.out.printf(Locale.ROOT, "definitions in notebooks: %d%s%n", defs.size(),
                defs.isEmpty() ? "" : " (" + String.join(", ", defs) + ")");
    }
}
