package thw2.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading a notebook's JSON (nbformat 4): its cells, their tags and source, text fields. The one
 * place where the tools know how a notebook stores these.
 */
final class Notebook {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Notebook() {}

    /** The notebook at {@code path}, parsed. */
    static JsonNode read(Path path) throws IOException {
        return JSON.readTree(path.toFile());
    }

    /** Whether a cell carries {@code tag} in {@code metadata.tags}. */
    static boolean tagged(JsonNode cell, String tag) {
        for (JsonNode t : cell.path("metadata").path("tags")) {
            if (tag.equals(t.asText())) {
                return true;
            }
        }
        return false;
    }

    /** A cell's tags. */
    static List<String> tags(JsonNode cell) {
        List<String> tags = new ArrayList<>();
        cell.path("metadata").path("tags").forEach(t -> tags.add(t.asText()));
        return tags;
    }

    /** Whether a cell is a code cell. */
    static boolean isCode(JsonNode cell) {
        return "code".equals(cell.path("cell_type").asText());
    }

    /** A cell's source as one string. */
    static String source(JsonNode cell) {
        return text(cell.path("source"));
    }

    /** Notebook JSON stores text either as one string or as a list of lines: the text either way. */
    static String text(JsonNode node) {
        if (node.isArray()) {
            StringBuilder b = new StringBuilder();
            node.forEach(n -> b.append(n.asText()));
            return b.toString();
        }
        return node.isTextual() || node.isMissingNode() || node.isNull() ? node.asText("") : node.toString();
    }
}
