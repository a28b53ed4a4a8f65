package thw2.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares the executed notebooks of two runs: what a reader sees must be the same.
 *
 * <p>Each notebook is read as the sequence of its outputs in order, across cell boundaries, so a cell
 * split in two with the same outputs compares equal: consecutive pieces of one stream (stdout or
 * stderr) count as one text, and the outputs of cells tagged {@code nondeterministic} (wall-clock
 * timings, training progress) are left out on both sides. With {@code --kernels} (two runs on
 * different kernels) a {@code text/plain} copy beside an image is ignored, since only some kernels add
 * one.
 *
 * <pre>java -cp tools/target/thw2-runner.jar thw2.tools.CompareRuns [--kernels] DIR_A DIR_B</pre>
 * prints one line per notebook of DIR_A and exits 1 on any difference, 2 on bad usage.
 */
public final class CompareRuns {
    private CompareRuns() {}

    /** One output as a reader sees it, and the cell (index among all cells) it came from. */
    record Shown(String kind, String content, int cell) {}

    /** The outputs of a notebook in order, streams merged, nondeterministic cells left out. */
    static List<Shown> outputs(JsonNode notebook, boolean acrossKernels) {
        List<Shown> shown = new ArrayList<>();
        int index = -1;
        for (JsonNode cell : notebook.path("cells")) {
            index++;
            if (Notebook.tagged(cell, "nondeterministic")) {
                continue;
            }
            for (JsonNode out : cell.path("outputs")) {
                String type = out.path("output_type").asText();
                if (type.equals("stream")) {
                    String kind = "stream:" + out.path("name").asText();
                    String text = Notebook.text(out.path("text"));
                    Shown last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
                    if (last != null && last.kind().equals(kind)) {
                        shown.set(shown.size() - 1, new Shown(kind, last.content() + text, last.cell()));
                    } else {
                        shown.add(new Shown(kind, text, index));
                    }
                } else if (type.equals("display_data") || type.equals("execute_result")) {
                    Map<String, String> data = new TreeMap<>();
                    out.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), Notebook.text(e.getValue())));
                    if (acrossKernels && data.keySet().stream().anyMatch(k -> k.startsWith("image/"))) {
                        data.remove("text/plain");
                    }
                    shown.add(new Shown("display", data.toString(), index));
                } else {
                    ObjectNode copy = out.deepCopy();
                    copy.remove("execution_count");
                    shown.add(new Shown(type, copy.toString(), index));
                }
            }
        }
        return shown;
    }



    /** Null when the two notebooks show the same, else a description of the first difference. */
    static String difference(JsonNode a, JsonNode b, boolean acrossKernels) {
        List<Shown> x = outputs(a, acrossKernels), y = outputs(b, acrossKernels);
        Iterator<Shown> ix = x.iterator(), iy = y.iterator();
        int n = 0;
        while (ix.hasNext() && iy.hasNext()) {
            Shown p = ix.next(), q = iy.next();
            n++;
            if (!p.kind().equals(q.kind()) || !p.content().equals(q.content())) {
                return "output " + n + " differs (cell " + (p.cell() + 1) + " vs cell " + (q.cell() + 1) + "): "
                        + firstDifference(p.kind() + " " + p.content(), q.kind() + " " + q.content());
            }
        }
        if (x.size() != y.size()) {
            return x.size() + " vs " + y.size() + " outputs (the first " + n + " agree)";
        }
        return null;
    }

    /** The two texts around the first character where they differ. */
    static String firstDifference(String p, String q) {
        int i = 0;
        while (i < p.length() && i < q.length() && p.charAt(i) == q.charAt(i)) {
            i++;
        }
        int from = Math.max(0, i - 40);
        return "«" + snippet(p, from) + "» vs «" + snippet(q, from) + "»";
    }

    private static String snippet(String s, int from) {
        String t = s.substring(Math.min(from, s.length()), Math.min(s.length(), from + 120));
        return t.replace("\n", "\\n");
    }

    public static void main(String[] args) throws IOException {
        boolean kernels = args.length > 0 && args[0].equals("--kernels");
        int first = kernels ? 1 : 0;
        if (args.length - first != 2) {
            System.err.println("usage: compare-runs [--kernels] DIR_A DIR_B");
            System.exit(2);
        }
        Path a = Path.of(args[first]), b = Path.of(args[first + 1]);
        List<Path> names;
        try (Stream<Path> s = Files.list(a)) {
            names = s.filter(p -> p.toString().endsWith(".ipynb")).map(Path::getFileName).sorted()
                    .collect(Collectors.toList());
        }
        if (names.isEmpty()) {
            System.err.println("compare-runs: no notebooks in " + a);
            System.exit(2);
        }
        int bad = 0;
        for (Path name : names) {
            Path pb = b.resolve(name);
            if (!Files.exists(pb)) {
                System.out.println("MISSING " + name + " in " + b);
                bad++;
                continue;
            }
            JsonNode na = Notebook.read(a.resolve(name)), nb = Notebook.read(pb);
            String diff = difference(na, nb, kernels);
            if (diff != null) {
                System.out.println("DIFFERENT " + name + ": " + diff);
                bad++;
            } else {
                System.out.println("identical " + name + " (" + outputs(na, kernels).size() + " outputs compared)");
            }
        }
        System.exit(bad == 0 ? 0 : 1);
    }
}
