package thw2.show;

import java.util.ArrayList;
import java.util.List;

/** Stands in for rapaio's Global: records what it was asked to display. */
public final class FakeKernel {
    static final List<String> CALLS = new ArrayList<>();

    public static String display(String mime, Object o) {
        CALLS.add(mime + "|" + o);
        return "id";
    }

    /** The IJava-style signature: object first, then MIME types. */
    public static void display(Object o, String... mimes) {
        CALLS.add(String.join(",", mimes) + "|" + o);
    }
}
