package thw2.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every public entry point of the library, probed with bad input ({@link Probe}): the build fails
 * on a silent NaN/∞ or wrong result, an obscure exception, an error that does not name its
 * argument, a large allocation or a runaway call. The full report goes to
 * {@code lib/target/robustness-report.txt}.
 */
class RobustnessTest {
    @Test
    void badInputGetsAClearErrorOrASensibleResult() throws IOException {
        Probe.Report r = Probe.run();
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        r.print(new PrintStream(text, true, StandardCharsets.UTF_8), true);
        Files.writeString(Path.of("target", "robustness-report.txt"), text.toString(StandardCharsets.UTF_8));
        assertTrue(r.entryPoints().size() > 150, "the probe found only " + r.entryPoints().size() + " entry points");
        assertTrue(r.outcomes().size() > 1000, "only " + r.outcomes().size() + " probes ran");
        assertEquals(List.of(), r.unprobed(), "entry points without a valid call to start from (add values to Values)");
        assertEquals(List.of(), r.bad().stream().map(Object::toString).toList(), text.toString(StandardCharsets.UTF_8));
    }
}
