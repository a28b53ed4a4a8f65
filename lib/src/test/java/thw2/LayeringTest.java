package thw2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's layering, made executable: a package may use only packages on lower layers, the
 * check package and the references are for the notebooks (no library package uses them), and the
 * references use nothing of the library but argument checks, so that a check never compares the
 * library with itself.
 */
class LayeringTest {
    /** Each package's layer; a package may use packages of strictly lower layers only. */
    static final Map<String, Integer> LAYER = Map.ofEntries(
            Map.entry("args", 0), Map.entry("text", 0),
            Map.entry("random", 1), Map.entry("linalg", 1), Map.entry("stats", 1), Map.entry("reference", 1),
            Map.entry("check", 2), Map.entry("show", 2), Map.entry("data", 2),
            Map.entry("optim", 3),
            Map.entry("nn", 4),
            Map.entry("batch", 5), Map.entry("regularization", 5), Map.entry("plot", 5), Map.entry("digits", 5),
            Map.entry("committee", 6));
    /** Packages that no package of the library may use: they serve the notebooks' checks. */
    static final Set<String> FOR_NOTEBOOKS_ONLY = Set.of("check", "reference");
    /** The only package the references may use. */
    static final Set<String> REFERENCE_MAY_USE = Set.of("args");

    static final Path MAIN = Path.of("src/main/java/thw2");
    static final Pattern USE = Pattern.compile("\\bthw2\\.([a-z]+)\\b");

    @Test
    void everyPackageHasALayer() throws IOException {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            Set<String> packages = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(new TreeSet<>(LAYER.keySet()), packages,
                    "LayeringTest.LAYER must list every package of lib/src/main/java/thw2 (add a new package there)");
        }
    }

    @Test
    void packagesUseOnlyLowerLayers() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = MAIN.relativize(file).getName(0).toString();
            for (String used : uses(file)) {
                if (used.equals(pkg) || !LAYER.containsKey(used)) {
                    continue;
                }
                if (FOR_NOTEBOOKS_ONLY.contains(used)) {
                    violations.add(file + " uses thw2." + used + ", which serves the notebooks' checks only");
                } else if (pkg.equals("reference") && !REFERENCE_MAY_USE.contains(used)) {
                    violations.add(file + " uses thw2." + used + ": a reference must not share code with what it checks");
                } else if (LAYER.get(used) >= LAYER.get(pkg)) {
                    violations.add(file + " (layer " + LAYER.get(pkg) + ") uses thw2." + used + " (layer "
                            + LAYER.get(used) + "): a package may use lower layers only");
                }
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
        }
    }

    /** The library packages a source file names, outside comments and string literals. */
    static Set<String> uses(Path file) throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher m = USE.matcher(code(Files.readString(file)));
        while (m.find()) {
            used.add(m.group(1));
        }
        return used;
    }

    /** Java source without its comments and with its string, text-block and char literals emptied. */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0, n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && source.charAt(i) != c && source.charAt(i) != '\n') {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
