package thw2.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Proves that the notebooks' checks can fail: plants one fault at a time in the library, runs the
 * notebooks that use the faulty code, and names the check cell that caught it (the first cell tagged
 * {@code check} whose output is an error).
 *
 * <p>Its command line is {@link #USAGE}. Faults live in {@code scripts/faults.tsv}, one per line, five
 * TAB-separated columns: a name (letters, digits, '-', '_'); the Java source to change, relative to the
 * repository root; the exact text to find (one line, occurring exactly once in that file); the text
 * that replaces it; the notebooks (file names or globs under notebooks/). Lines starting with '#' and
 * blank lines are ignored; a bad line stops it before anything is built.
 *
 * <p>Everything happens in a scratch copy of the working tree (tracked and untracked files, not
 * build/, target/ or node_modules/); the working tree is never changed. The copy is built once; each
 * fault then recompiles only its source file against the built classes and replaces that file's
 * classes in the notebook jar (seconds instead of a Maven build). A fault that no check catches is
 * built again by Maven, in case the change reaches other classes (a constant inlined elsewhere), and
 * run again before it is reported.
 *
 * <p>On a run of every fault (or of every fault of the notebooks chosen with {@code --notebook}) it
 * ends with two lines: {@code K/N check cells catch a planted fault} (a check cell counts when, for at
 * least one fault, it is the first check cell to fail in its notebook; the cells that do not are listed
 * above it) and {@code F/M planted faults caught by a notebook check}. Exit code 0 when every
 * fault was caught, 1 when one was not, 2 on a bad fault definition or when the notebooks fail without
 * any fault.
 */
public final class CheckFaults {
    public static final String USAGE = """
            usage: ./thw check-faults [--list] [--keep] [--no-baseline] [NAME ...]
              NAME           run only these faults (default: all of scripts/faults.tsv)
              --notebook GLOB  run the faults that list a notebook matching GLOB (repeatable), and count
                             the check cells of those notebooks that catch one
              --list         print the faults and exit
              --keep         keep the scratch copy (its path is printed)
              --no-baseline  skip the run without any fault (which proves the notebooks pass as they are)
              --jupyter PATH, --python PATH   passed on to the runner""";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private CheckFaults() {}

    /** One planted fault. */
    record Fault(int line, String name, String file, String find, String replace, List<String> notebooks) {}

    /** Thrown for a bad fault definition or bad usage (exit code 2). */
    static final class BadDefinition extends Exception {
        private static final long serialVersionUID = 1L;

        BadDefinition(String message) {
            super(message);
        }
    }

    /** A check cell: its notebook, its number (1-based among all cells), its id and its first line. */
    record CheckCell(String notebook, int number, String id, String firstLine) {
        String key() {
            return notebook + "#" + id;
        }
    }

    /** Reads and validates scripts/faults.tsv against the tree at {@code root}. */
    static List<Fault> load(Path root, Path tsv) throws IOException, BadDefinition {
        List<Fault> faults = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String where = root.relativize(tsv) + ":" + (i + 1);
            String[] cols = line.split("\t", -1);
            if (cols.length != 5) {
                throw new BadDefinition(where + ": expected 5 TAB-separated columns (name, file, find, replace, "
                        + "notebooks), got " + cols.length);
            }
            String name = cols[0], file = cols[1], find = cols[2], replace = cols[3];
            if (!NAME.matcher(name).matches()) {
                throw new BadDefinition(where + ": name \"" + name + "\" may only hold letters, digits, '-' and '_'");
            }
            if (!names.add(name)) {
                throw new BadDefinition(where + ": fault \"" + name + "\" is defined twice");
            }
            Path source = root.resolve(file);
            if (Path.of(file).isAbsolute() || !Files.isRegularFile(source)) {
                throw new BadDefinition(where + ": " + name + ": no such file " + file
                        + " (give a path relative to the repository root)");
            }
            if (find.isEmpty()) {
                throw new BadDefinition(where + ": " + name + ": the find text is empty");
            }
            if (find.equals(replace)) {
                throw new BadDefinition(where + ": " + name + ": find and replace are the same text, so nothing "
                        + "would be planted");
            }
            int count = occurrences(Files.readString(source, StandardCharsets.UTF_8), find);
            if (count != 1) {
                throw new BadDefinition(where + ": " + name + ": the find text occurs " + count + " times in " + file
                        + ", not exactly once:\n  " + find);
            }
            List<String> notebooks = new ArrayList<>();
            for (String pattern : cols[4].trim().split("\\s+")) {
                if (pattern.isEmpty()) {
                    throw new BadDefinition(where + ": " + name + ": no notebooks given");
                }
                List<String> hits = matching(root.resolve("notebooks"), pattern);
                if (hits.isEmpty()) {
                    throw new BadDefinition(where + ": " + name + ": notebook pattern \"" + pattern
                            + "\" matches nothing in notebooks/");
                }
                hits.stream().filter(h -> !notebooks.contains(h)).forEach(notebooks::add);
            }
            faults.add(new Fault(i + 1, name, file, find, replace, notebooks));
        }
        return faults;
    }

    static int occurrences(String text, String find) {
        int n = 0;
        for (int at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + 1)) {
            n++;
        }
        return n;
    }

    static List<String> matching(Path dir, String glob) throws IOException {
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(Path::getFileName).filter(p -> p.toString().endsWith(".ipynb") && m.matches(p))
                    .map(Path::toString).sorted().toList();
        }
    }

    /** Every cell tagged {@code check} in the notebooks of {@code dir}, in name and cell order. */
    static List<CheckCell> checkCells(Path dir) throws IOException {
        List<CheckCell> cells = new ArrayList<>();
        for (String nb : matching(dir, "*.ipynb")) {
            int number = 0;
            for (JsonNode cell : Notebook.read(dir.resolve(nb)).path("cells")) {
                number++;
                if (Notebook.tagged(cell, "check")) {
                    cells.add(new CheckCell(nb, number, cell.path("id").asText("cell-" + number),
                            firstLine(Notebook.source(cell))));
                }
            }
        }
        return cells;
    }

    static String firstLine(String source) {
        return source.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("//")).findFirst()
                .orElse("");
    }

    /**
     * The first check cell of an executed notebook whose output is an error or text on stderr, or null;
     * {@code firstFailure[0]} receives the first failing cell of any kind (number, first line, error).
     */
    static CheckCell firstFailingCheck(Path executed, String notebook, String[] firstFailure) throws IOException {
        int number = 0;
        for (JsonNode cell : Notebook.read(executed).path("cells")) {
            number++;
            String error = null;
            for (JsonNode out : cell.path("outputs")) {
                String type = out.path("output_type").asText();
                if (type.equals("error")) {
                    error = (out.path("ename").asText() + ": " + out.path("evalue").asText()).strip();
                } else if (type.equals("stream") && out.path("name").asText().equals("stderr")) {
                    error = "wrote to stderr: " + Notebook.text(out.path("text")).strip();
                }
                if (error != null) {
                    break;
                }
            }
            if (error == null) {
                continue;
            }
            String line = firstLine(Notebook.source(cell));
            if (firstFailure[0] == null) {
                firstFailure[0] = "cell " + number + " (" + shorten(line, 70) + "): " + shorten(error, 200);
            }
            if (Notebook.tagged(cell, "check")) {
                CheckCell c = new CheckCell(notebook, number, cell.path("id").asText("cell-" + number), line);
                firstFailure[1] = error;
                return c;
            }
        }
        return null;
    }

    static String shorten(String s, int n) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() <= n ? t : t.substring(0, n - 1) + "…";
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (BadDefinition e) {
            System.err.println("check-faults: " + e.getMessage());
            System.exit(2);
        } catch (IOException | UncheckedIOException | InterruptedException e) {
            System.err.println("check-faults: " + Io.describe(e instanceof UncheckedIOException u ? u.getCause() : e));
            System.exit(2);
        }
    }

    static int run(String[] args) throws IOException, BadDefinition, InterruptedException {
        boolean list = false, keep = false, baseline = true;
        List<String> runnerArgs = new ArrayList<>();
        Set<String> wanted = new LinkedHashSet<>();
        List<String> notebookGlobs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--list" -> list = true;
                case "--keep" -> keep = true;
                case "--no-baseline" -> baseline = false;
                case "--notebook" -> {
                    if (i + 1 >= args.length) {
                        throw new BadDefinition("--notebook needs a value");
                    }
                    notebookGlobs.add(args[++i]);
                }
                case "--jupyter", "--python" -> {
                    if (i + 1 >= args.length) {
                        throw new BadDefinition(args[i] + " needs a value");
                    }
                    runnerArgs.add(args[i]);
                    runnerArgs.add(args[++i]);
                }
                case "-h", "--help" -> {
                    System.out.println(USAGE);
                    return 0;
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new BadDefinition("unknown option " + args[i] + "\n" + USAGE);
                    }
                    wanted.add(args[i]);
                }
            }
        }
        Path root = Path.of("").toAbsolutePath();
        List<Fault> all = load(root, root.resolve("scripts/faults.tsv"));
        List<Fault> faults = all;
        if (!wanted.isEmpty()) {
            Set<String> known = new TreeSet<>();
            all.forEach(f -> known.add(f.name()));
            List<String> unknown = wanted.stream().filter(n -> !known.contains(n)).toList();
            if (!unknown.isEmpty()) {
                throw new BadDefinition("no such fault: " + String.join(", ", unknown) + " (see --list)");
            }
            faults = all.stream().filter(f -> wanted.contains(f.name())).toList();
        }
        // the notebooks whose check cells are counted: all on a full run, the selected ones with --notebook
        List<String> counted = wanted.isEmpty() ? matching(root.resolve("notebooks"), "*.ipynb") : List.of();
        if (!notebookGlobs.isEmpty()) {
            List<String> selected = new ArrayList<>();
            for (String g : notebookGlobs) {
                List<String> hits = matching(root.resolve("notebooks"), g);
                if (hits.isEmpty()) {
                    throw new BadDefinition("--notebook " + g + " matches nothing in notebooks/");
                }
                hits.stream().filter(h -> !selected.contains(h)).forEach(selected::add);
            }
            counted = selected;
            faults = faults.stream().filter(f -> f.notebooks().stream().anyMatch(selected::contains)).toList();
        }
        if (list) {
            for (Fault f : faults) {
                System.out.printf("%s%n    %s: \"%s\" -> \"%s\"%n    notebooks: %s%n", f.name(), f.file(), f.find(),
                        f.replace(), String.join(" ", f.notebooks()));
            }
            return 0;
        }
        if (faults.isEmpty()) {
            throw new BadDefinition("no faults defined in scripts/faults.tsv");
        }
        Path scratch = Files.createTempDirectory("thw2-faults-");
        try {
            System.out.println("scratch copy of the working tree: " + scratch);
            return new Session(root, scratch, runnerArgs).plantAll(faults, baseline, counted);
        } finally {
            if (keep) {
                System.out.println("scratch copy kept: " + scratch);
            } else {
                Io.deleteTree(scratch);
            }
        }
    }

    /** One run over a scratch copy. */
    static final class Session {
        private final Path root;
        private final Path scratch;
        private final List<String> runnerArgs;
        private String classPath;

        Session(Path root, Path scratch, List<String> runnerArgs) {
            this.root = root;
            this.scratch = scratch;
            this.runnerArgs = runnerArgs;
        }

        int plantAll(List<Fault> faults, boolean baseline, List<String> counted) throws IOException, InterruptedException,
                BadDefinition {
            copyTree();
            long t0 = System.nanoTime();
            Process p = command(List.of("mvn", "-B", "-q", "-o", "-DskipTests", "package"));
            if (p.exitValue() != 0) {
                throw new BadDefinition("the project does not build without any fault:\n" + tail(output(p), 15));
            }
            Process cp = command(List.of("mvn", "-B", "-q", "-o", "-pl", "lib", "dependency:build-classpath",
                    "-Dmdep.outputFile=" + scratch.resolve("lib-classpath.txt")));
            if (cp.exitValue() != 0) {
                throw new BadDefinition("cannot list the library's class path:\n" + tail(output(cp), 15));
            }
            classPath = scratch.resolve("lib/target/classes") + java.io.File.pathSeparator
                    + Files.readString(scratch.resolve("lib-classpath.txt")).strip();
            Files.copy(jar(), scratch.resolve("thw2-pristine.jar"), StandardCopyOption.REPLACE_EXISTING);
            System.out.printf(Locale.ROOT, "built the library and the runner (%.0f s)%n", seconds(t0));
            if (baseline) {
                List<String> union = new ArrayList<>();
                faults.forEach(f -> f.notebooks().stream().filter(n -> !union.contains(n)).forEach(union::add));
                t0 = System.nanoTime();
                Process run = runNotebooks(union, scratch.resolve("build/baseline"));
                if (run.exitValue() != 0) {
                    throw new BadDefinition("without any fault the notebooks already fail, so no fault can be judged:\n"
                            + tail(output(run), 20));
                }
                System.out.printf(Locale.ROOT, "baseline: %s pass without any fault (%.0f s)%n", String.join(" ", union),
                        seconds(t0));
            }
            Map<String, List<String>> caughtBy = new LinkedHashMap<>();
            int caught = 0;
            for (int k = 0; k < faults.size(); k++) {
                Fault f = faults.get(k);
                System.out.printf("%n[%d/%d] %s: %s%n    \"%s\"  ->  \"%s\"%n", k + 1, faults.size(), f.name(), f.file(),
                        f.find(), f.replace());
                List<CheckCell> cells = plant(f, false);
                if (cells.isEmpty()) {
                    System.out.println("    not caught with the fast build; building it again with Maven");
                    cells = plant(f, true);
                }
                if (!cells.isEmpty()) {
                    caught++;
                    cells.forEach(c -> caughtBy.computeIfAbsent(c.key(), x -> new ArrayList<>()).add(f.name()));
                }
            }
            System.out.println();
            if (!counted.isEmpty()) {
                List<CheckCell> cells = checkCells(scratch.resolve("notebooks")).stream()
                        .filter(c -> counted.contains(c.notebook())).toList();
                List<CheckCell> missed = cells.stream().filter(c -> !caughtBy.containsKey(c.key())).toList();
                if (!missed.isEmpty()) {
                    System.out.println("check cells that are the first to fail for no planted fault:");
                    missed.forEach(c -> System.out.printf("    %s, cell %d (id %s): %s%n", c.notebook(), c.number(),
                            c.id(), shorten(c.firstLine(), 90)));
                }
                System.out.printf("%d/%d check cells%s catch a planted fault%n", cells.size() - missed.size(),
                        cells.size(), counted.size() == matching(scratch.resolve("notebooks"), "*.ipynb").size() ? ""
                                : " of " + String.join(", ", counted));
            }
            System.out.printf("%d/%d planted faults caught by a notebook check%n", caught, faults.size());
            return caught == faults.size() ? 0 : 1;
        }

        /**
         * Plants one fault, runs its notebooks and reports; the first check cell that failed in each of
         * them (empty when no check caught the fault).
         */
        private List<CheckCell> plant(Fault f, boolean maven) throws IOException, InterruptedException {
            long t0 = System.nanoTime();
            Path source = scratch.resolve(f.file());
            String original = Files.readString(source, StandardCharsets.UTF_8);
            Path out = scratch.resolve("build/fault-" + f.name() + (maven ? "-maven" : ""));
            Process run;
            try {
                Files.writeString(source, original.replace(f.find(), f.replace()), StandardCharsets.UTF_8);
                String error = maven ? mavenBuild() : fastBuild(source);
                if (error != null) {
                    System.out.println("    NOT CAUGHT: the library does not compile with this fault (fix its "
                            + "definition):\n" + indent(tail(error, 8)));
                    return List.of();
                }
                run = runNotebooks(f.notebooks(), out);
            } finally {
                Files.writeString(source, original, StandardCharsets.UTF_8);
                Files.copy(scratch.resolve("thw2-pristine.jar"), jar(), StandardCopyOption.REPLACE_EXISTING);
            }
            double secs = seconds(t0);
            if (run.exitValue() == 0) {
                if (maven) {
                    System.out.printf(Locale.ROOT, "    NOT CAUGHT: every notebook passed (%s; %.0f s): a check is "
                            + "missing%n", String.join(", ", f.notebooks()), secs);
                }
                return List.of();
            }
            List<CheckCell> found = new ArrayList<>();
            for (String nb : f.notebooks()) {
                Path executed = out.resolve("failed").resolve(nb);
                if (!Files.isRegularFile(executed)) {
                    continue;
                }
                String[] first = new String[2];
                CheckCell cell = firstFailingCheck(executed, nb, first);
                if (cell != null) {
                    System.out.printf(Locale.ROOT, "    caught by %s, check cell %d (%s) in %.0f s:%n      %s%n", nb,
                            cell.number(), shorten(cell.firstLine(), 70), secs, shorten(first[1], 220));
                    found.add(cell);
                } else if (first[0] != null) {
                    System.out.println("    " + nb + ": failed in " + first[0] + ", which is not a check cell");
                }
            }
            if (found.isEmpty()) {
                System.out.printf(Locale.ROOT, "    NOT CAUGHT by a check cell (%.0f s); the runner said:%n%s%n", secs,
                        indent(tail(output(run), 8)));
            }
            return found;
        }

        /** Compiles one source file against the built classes and puts its classes into the jar; null or the error. */
        private String fastBuild(Path source) throws IOException {
            Path classes = Files.createTempDirectory(scratch, "classes-");
            try {
                JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
                java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
                int code = javac.run(null, null, err, "-nowarn", "-encoding", "UTF-8", "--release", "17", "-proc:none",
                        "-cp", classPath, "-d", classes.toString(), source.toString());
                if (code != 0) {
                    return err.toString(StandardCharsets.UTF_8);
                }
                try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar().toUri()), Map.of());
                     Stream<Path> built = Files.walk(classes)) {
                    for (Path c : built.filter(Files::isRegularFile).toList()) {
                        Path entry = zip.getPath(classes.relativize(c).toString());
                        Files.createDirectories(entry.getParent());
                        Files.copy(c, entry, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                return null;
            } finally {
                Io.deleteTree(classes);
            }
        }

        private String mavenBuild() throws IOException, InterruptedException {
            Process p = command(List.of("mvn", "-B", "-q", "-o", "-DskipTests", "package", "-pl", "lib"));
            return p.exitValue() == 0 ? null : output(p);
        }

        private Path jar() {
            return scratch.resolve("lib/target/thw2.jar");
        }

        private Process runNotebooks(List<String> notebooks, Path out) throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>(List.of("java", "-Djava.awt.headless=true", "-jar",
                    scratch.resolve("tools/target/thw2-runner.jar").toString(), "--no-html", "--out", out.toString()));
            cmd.addAll(runnerArgs);
            notebooks.forEach(n -> cmd.add("notebooks/" + n));
            return command(cmd);
        }

        private Process command(List<String> cmd) throws IOException, InterruptedException {
            Path log = Files.createTempFile(scratch, "log-", ".txt");
            Process p = new ProcessBuilder(cmd).directory(scratch.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!p.waitFor(4, TimeUnit.HOURS)) {
                p.destroyForcibly();
            }
            p.waitFor();
            logs.put(p, log);
            return p;
        }

        private final Map<Process, Path> logs = new LinkedHashMap<>();

        private String output(Process p) throws IOException {
            return Files.readString(logs.get(p), StandardCharsets.UTF_8);
        }

        /** The working tree as it is (tracked and untracked files, minus ignored ones and build output). */
        private void copyTree() throws IOException, InterruptedException {
            Process git = new ProcessBuilder("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
                    .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() != 0) {
                throw new IOException("git ls-files failed in " + root);
            }
            for (String f : listing.split("\0")) {
                if (f.isEmpty() || f.startsWith("build/") || f.contains("target/") || f.contains("node_modules/")) {
                    continue;
                }
                Path from = root.resolve(f);
                if (!Files.isRegularFile(from)) {
                    continue;
                }
                Path to = scratch.resolve(f);
                Files.createDirectories(to.getParent());
                Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    static String tail(String text, int n) {
        List<String> lines = text.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    static String indent(String text) {
        return text.lines().map(l -> "      " + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
