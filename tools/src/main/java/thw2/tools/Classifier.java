package thw2.tools;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Decides what one execution of a notebook amounted to, from its exit code, its log and the executed
 * notebook. Pure functions, unit-tested without a kernel. Whether to retry is not decided here: a
 * kernel that did not start is an exception ({@link Jupyter.KernelStartException}), never log text.
 */
public final class Classifier {
    private Classifier() {}

    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;?]*[A-Za-z]");

    /**
     * Java's default {@code Object.toString()}, e.g. {@code java.io.PrintStream@1b6d3586}: an identity
     * hash that changes on every run, so it may not appear in an output.
     */
    static final Pattern IDENTITY_HASH = Pattern.compile("\\b[A-Za-z_$][\\w$.]*@[0-9a-f]{5,8}\\b");

    /**
     * @param exitCode   scripts/execute-notebook's exit code (0: executed, cells may hold errors)
     * @param log        everything it printed (stdout and stderr)
     * @param executed   the executed notebook, or null when none was written
     * @param notebook   the notebook's name, for messages
     */
    public static Outcome classify(int exitCode, String log, JsonNode executed, String notebook) {
        if (exitCode != 0) {
            return new Outcome(Outcome.Kind.RUN_FAILURE,
                    notebook + ": executing it failed (exit code " + exitCode + ")\n" + Io.tail(log, 25));
        }
        if (executed == null) {
            return new Outcome(Outcome.Kind.RUN_FAILURE,
                    notebook + ": execution reported success but wrote no notebook\n" + Io.tail(log, 25));
        }
        String error = firstError(executed, notebook);
        return error == null ? Outcome.ok() : new Outcome(Outcome.Kind.CELL_ERROR, error);
    }

    /**
     * The first error in an executed notebook: an output of type {@code error}, or text written to
     * stderr. Returns null when there is none. Cells are numbered from 1 among all cells, and the
     * message also gives the code cell's number and the first line of its source.
     */
    public static String firstError(JsonNode nb, String notebook) {
        return firstError(nb, notebook, Path.of("").toAbsolutePath().toString());
    }

    /**
     * As {@link #firstError(JsonNode, String)}; besides errors and stderr, an output of a cell that is
     * not tagged {@code setup} also fails when it would differ between two runs or two clones: when
     * it shows an identity hash ({@code Class@1b6d3586}) or contains {@code projectRoot}, the
     * absolute path of the checkout.
     */
    static String firstError(JsonNode nb, String notebook, String projectRoot) {
        JsonNode cells = nb.path("cells");
        int codeIndex = 0;
        for (int i = 0; i < cells.size(); i++) {
            JsonNode cell = cells.get(i);
            if (!"code".equals(cell.path("cell_type").asText())) {
                continue;
            }
            codeIndex++;
            for (JsonNode out : cell.path("outputs")) {
                String type = out.path("output_type").asText();
                String what = null;
                if ("error".equals(type)) {
                    StringBuilder tb = new StringBuilder();
                    for (JsonNode line : out.path("traceback")) {
                        tb.append(stripAnsi(line.asText())).append('\n');
                    }
                    what = out.path("ename").asText() + ": " + stripAnsi(out.path("evalue").asText())
                            + (tb.length() > 0 ? "\n" + Io.tail(tb.toString(), 15) : "");
                } else if ("stream".equals(type) && "stderr".equals(out.path("name").asText())) {
                    what = "wrote to stderr:\n" + Io.tail(stripAnsi(Notebook.text(out.path("text"))), 15);
                } else if (!Notebook.tagged(cell, "setup")) {
                    what = unstable(out, projectRoot);
                }
                if (what != null) {
                    return notebook + ": cell " + (i + 1) + " (code cell " + codeIndex + ": "
                            + firstLine(Notebook.text(cell.path("source"))) + ") failed\n" + what.strip();
                }
            }
        }
        return null;
    }

    /** Why an output would change between runs or clones, or null when it would not. */
    private static String unstable(JsonNode out, String projectRoot) {
        StringBuilder all = new StringBuilder(Notebook.text(out.path("text")));
        out.path("data").fields().forEachRemaining(e -> {
            if (e.getKey().startsWith("text/")) {
                all.append('\n').append(Notebook.text(e.getValue()));
            }
        });
        var m = IDENTITY_HASH.matcher(all);
        if (m.find()) {
            return "shows an object identity hash '" + m.group() + "', which changes on every run "
                    + "(print a value, not the object)";
        }
        if (projectRoot.length() > 1 && all.indexOf(projectRoot) >= 0) {
            return "shows the absolute path of the checkout (" + projectRoot + "), which differs between clones";
        }
        return null;
    }

    static String stripAnsi(String s) {
        return ANSI.matcher(s).replaceAll("");
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }

}
