package thw2.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The tools' classes use each other without cycles, so each can be read and tested on its own. */
class NoCyclesTest {
    static final Path MAIN = Path.of("src/main/java/thw2/tools");

    @Test
    void classesFormNoCycle() throws IOException {
        Map<String, String> code = new TreeMap<>();
        try (Stream<Path> files = Files.list(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String name = f.getFileName().toString().replace(".java", "");
                code.put(name, JavaSource.code(Files.readString(f)));
            }
        }
        Map<String, Set<String>> uses = new TreeMap<>();
        code.forEach((name, text) -> {
            Set<String> used = new TreeSet<>();
            for (String other : code.keySet()) {
                if (!other.equals(name) && Pattern.compile("\\b" + other + "\\b").matcher(text).find()) {
                    used.add(other);
                }
            }
            uses.put(name, used);
        });
        List<String> cycles = new ArrayList<>();
        for (String start : uses.keySet()) {
            reach(start, start, uses, new ArrayList<>(List.of(start)), cycles);
        }
        assertEquals(List.of(), cycles, "class cycles in tools/ (" + uses + ")");
    }

    private static void reach(String start, String at, Map<String, Set<String>> uses, List<String> path,
                              List<String> cycles) {
        for (String next : uses.get(at)) {
            if (next.equals(start)) {
                cycles.add(String.join(" -> ", path) + " -> " + start);
            } else if (!path.contains(next) && next.compareTo(start) > 0) {
                path.add(next);
                reach(start, next, uses, path, cycles);
                path.remove(path.size() - 1);
            }
        }
    }
}
