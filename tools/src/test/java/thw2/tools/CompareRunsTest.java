package thw2.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CompareRunsTest {
    static JsonNode nb(String cells) throws Exception {
        return new ObjectMapper().readTree("{\"cells\": [" + cells.replace('\'', '"') + "]}");
    }

    static String stream(String text) {
        return "{'output_type': 'stream', 'name': 'stdout', 'text': ['" + text + "']}";
    }

    static String code(String tags, String... outputs) {
        return "{'cell_type': 'code', 'metadata': {'tags': [" + tags + "]}, 'outputs': [" + String.join(",", outputs) + "]}";
    }

    @Test
    void aCellSplitInTwoShowsTheSame() throws Exception {
        JsonNode one = nb(code("", stream("✔ a\\n✔ b\\n")));
        JsonNode two = nb(code("", stream("✔ a\\n")) + "," + code("", stream("✔ b\\n")));
        assertNull(CompareRuns.difference(one, two, false));
    }

    @Test
    void aChangedLineIsNamedWithItsCells() throws Exception {
        JsonNode one = nb(code("", stream("✔ a\\n✔ b\\n")));
        JsonNode two = nb(code("", stream("✔ a\\n")) + "," + code("", stream("✔ c\\n")));
        String d = CompareRuns.difference(one, two, false);
        assertTrue(d.startsWith("output 1 differs (cell 1 vs cell 1)"), d);
        assertTrue(d.contains("✔ b") && d.contains("✔ c"), d);
    }

    @Test
    void nondeterministicCellsAreLeftOutAndMissingOutputsCounted() throws Exception {
        JsonNode one = nb(code("'nondeterministic'", stream("3.1 s\\n")) + "," + code("", stream("x\\n")));
        JsonNode two = nb(code("'nondeterministic'", stream("2.9 s\\n")) + "," + code("", stream("x\\n")));
        assertNull(CompareRuns.difference(one, two, false));
        JsonNode three = nb(code("", stream("x\\n")) + "," + code("", "{'output_type': 'display_data', 'data': {'text/html': '<b>'}}"));
        assertEquals("1 vs 2 outputs (the first 1 agree)", CompareRuns.difference(two, three, false));
    }

    @Test
    void acrossKernelsAnImagesTextCopyIsIgnored() throws Exception {
        JsonNode with = nb(code("", "{'output_type': 'display_data', 'data': {'image/png': 'AAA', 'text/plain': 'chart'}}"));
        JsonNode without = nb(code("", "{'output_type': 'display_data', 'data': {'image/png': 'AAA'}}"));
        assertTrue(CompareRuns.difference(with, without, false) != null);
        assertNull(CompareRuns.difference(with, without, true));
    }
}
