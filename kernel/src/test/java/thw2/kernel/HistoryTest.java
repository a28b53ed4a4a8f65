package thw2.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class HistoryTest {

    private static History history(String... inputs) {
        History h = new History();
        for (String input : inputs) {
            h.add(h.nextExecution(), input);
        }
        return h;
    }

    private static List<Object> row(int line, Object item) {
        return Arrays.asList(History.SESSION, line, item);
    }

    @Test
    void tailGivesTheLastInputsOldestFirst() {
        History h = history("a", "b", "c");
        assertEquals(List.of(row(2, "b"), row(3, "c")), h.tail(2, false));
        assertEquals(3, h.tail(10, false).size());
        assertEquals(3, h.tail(0, false).size(), "n absent (0): all");
        assertEquals(List.of(row(3, Arrays.asList("c", null))), h.tail(1, true), "outputs are not kept");
    }

    @Test
    void linesAreExecutionCountsAndSkipUnrecordedExecutions() {
        History h = new History();
        h.add(h.nextExecution(), "a");
        h.nextExecution(); // silent, or store_history false: counted by rapaio, not recorded
        h.add(h.nextExecution(), "c");
        assertEquals(List.of(row(1, "a"), row(3, "c")), h.tail(5, false));
    }

    @Test
    void rangeIsHalfOpenInTheCurrentSession() {
        History h = history("a", "b", "c", "d");
        assertEquals(List.of(row(2, "b"), row(3, "c")), h.range(History.SESSION, 2, 4, false));
        assertEquals(h.range(History.SESSION, 2, 4, false), h.range(0, 2, 4, false), "0 is the current session");
        assertEquals(List.of(row(3, "c"), row(4, "d")), h.range(1, 3, 0, false), "stop 0: to the end");
        assertTrue(h.range(7, 1, 0, false).isEmpty(), "no other session");
    }

    @Test
    void searchMatchesGlobsKeepsTheLatestAndLimits() {
        History h = history("x = 1", "y = 2", "x = 1", "print(x)", "x = 3");
        assertEquals(List.of(row(1, "x = 1"), row(3, "x = 1"), row(5, "x = 3")), h.search("x = *", 0, false, false));
        assertEquals(List.of(row(3, "x = 1"), row(5, "x = 3")), h.search("x = *", 0, true, false), "unique: the latest");
        assertEquals(List.of(row(5, "x = 3")), h.search("x = *", 1, false, false), "n: the last n");
        assertEquals(List.of(row(4, "print(x)")), h.search("print(?)", 0, false, false));
        assertEquals(5, h.search("", 0, false, false).size(), "an empty pattern matches everything");
        assertFalse(History.glob("a.c").matcher("abc").matches(), "only * and ? are special");
        assertTrue(History.glob("*").matcher("two\nlines").matches());
    }
}
