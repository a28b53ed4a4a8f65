package thw2.kernel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The inputs executed in this kernel's session, for the messaging protocol's history requests
 * (rapaio 3.0.1 answers none, so a front end that asks, as {@code jupyter console} does at start,
 * waits for its time-out). Kept in memory: one session, numbered {@link #SESSION}; a line is the
 * execution count rapaio gave the cell. Outputs are not kept: asked for them, an entry carries
 * {@code [input, null]}.
 *
 * <p>Thread-safe: the shell channel's thread adds, any thread may read.
 */
final class History {

    /** This kernel's only session. Requests may also name it 0, "the current session". */
    static final int SESSION = 1;

    private record Entry(int line, String input) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private int executions;

    /** Counts one execute request, as rapaio counts them, and returns its execution count. */
    synchronized int nextExecution() {
        return ++executions;
    }

    /** Records the input of execution {@code line}. */
    synchronized void add(int line, String input) {
        entries.add(new Entry(line, input));
    }

    /** The last {@code n} inputs (all of them when {@code n <= 0}), oldest first. */
    synchronized List<List<Object>> tail(int n, boolean output) {
        int from = n <= 0 ? 0 : Math.max(0, entries.size() - n);
        return rows(entries.subList(from, entries.size()), output);
    }

    /**
     * Lines {@code start <= line < stop} of {@code session} (0 or {@link #SESSION}; another has no
     * lines); {@code stop <= 0} means to the end.
     */
    synchronized List<List<Object>> range(int session, int start, int stop, boolean output) {
        if (session != 0 && session != SESSION) {
            return List.of();
        }
        List<Entry> hits = new ArrayList<>();
        for (Entry e : entries) {
            if (e.line() >= start && (stop <= 0 || e.line() < stop)) {
                hits.add(e);
            }
        }
        return rows(hits, output);
    }

    /**
     * Inputs that match the glob {@code pattern} ({@code *} any characters, {@code ?} one, as IPython's
     * history search), the last {@code n} of them ({@code n <= 0}: all); with {@code unique}, only the
     * latest of equal inputs.
     */
    synchronized List<List<Object>> search(String pattern, int n, boolean unique, boolean output) {
        Pattern glob = glob(pattern == null || pattern.isEmpty() ? "*" : pattern);
        List<Entry> hits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = entries.size() - 1; i >= 0 && (n <= 0 || hits.size() < n); i--) {
            Entry e = entries.get(i);
            if (glob.matcher(e.input()).matches() && (!unique || seen.add(e.input()))) {
                hits.add(0, e);
            }
        }
        return rows(hits, output);
    }

    static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                default -> regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static List<List<Object>> rows(List<Entry> hits, boolean output) {
        List<List<Object>> rows = new ArrayList<>();
        for (Entry e : hits) {
            Object item = output ? Arrays.asList(e.input(), null) : e.input();
            rows.add(Arrays.asList(SESSION, e.line(), item));
        }
        return rows;
    }
}
