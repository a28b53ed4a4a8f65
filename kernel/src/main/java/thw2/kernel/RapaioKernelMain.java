package thw2.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.logging.LogManager;
import java.util.logging.Logger;

import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.channels.LoopThread;
import org.rapaio.jupyter.kernel.core.ConnectionProperties;
import org.rapaio.jupyter.kernel.core.Transform;
import org.rapaio.jupyter.kernel.core.java.RapaioExecutionControl;

/**
 * Starts the rapaio Jupyter kernel (3.0.1) as its own {@code MainApp} does for a connection file,
 * with three differences:
 * <ul>
 *   <li>the channels' loop threads are held back until the kernel's message handlers are in place:
 *   a request that reaches a socket as soon as it is bound is then handled, not dropped (see
 *   {@link LoopThread}, this project's replacement of rapaio's class, for the races it closes);</li>
 *   <li>before the loops start, some of rapaio's handlers are replaced by {@link ProtocolHandlers}
 *   (replies as the messaging spec has them);</li>
 *   <li>SIGINT (what Jupyter sends for "interrupt the kernel" when the kernelspec says
 *   {@code "interrupt_mode": "signal"}, as scripts/setup writes it) cancels the running cell and
 *   nothing else; see {@link #interruptOnSignal};</li>
 *   <li>after a shutdown request the JVM ends at once;</li>
 *   <li>the log has warnings and errors only ({@code thw2/kernel/logging.properties}; rapaio's
 *   configuration logs every message at INFO). A JVM started with
 *   {@code -Djava.util.logging.config.file=FILE} uses FILE instead.</li>
 * </ul>
 * Display bundles get their {@code text/plain} form from {@link thw2.kernel.display.PlainTextProvider},
 * which rapaio finds by itself through its service interface.
 *
 * <pre>java -cp thw2-rapaio-kernel.jar:rapaio-jupyter-kernel-3.0.1.jar thw2.kernel.RapaioKernelMain CONNECTION_FILE</pre>
 */
public final class RapaioKernelMain {

    private static final Logger LOGGER = Logger.getLogger(RapaioKernelMain.class.getSimpleName());

    private RapaioKernelMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java -cp <start fix jar>:<rapaio kernel jar> "
                    + RapaioKernelMain.class.getName() + " CONNECTION_FILE");
            System.exit(2);
        }
        Path connectionFile = Path.of(args[0]);
        if (!Files.isRegularFile(connectionFile)) {
            System.err.println("connection file '" + connectionFile + "' is not a file");
            System.exit(2);
        }
        configureLogging();
        connect(Files.readString(connectionFile)).joinUntilClose();
        // The channels are closed (shutdown_request): end the JVM now. rapaio's MainApp returns from
        // main and leaves the JVM to end by itself, which waits for the cells' idle worker threads
        // (up to a minute); a front end that does not kill its kernel, as jupyter console, leaves it running.
        System.exit(0);
    }

    /** The log configuration: the JVM's own when it was given one, else this jar's (warnings and errors). */
    static void configureLogging() throws IOException {
        if (System.getProperty("java.util.logging.config.file") != null
                || System.getProperty("java.util.logging.config.class") != null) {
            return; // LogManager has read it already
        }
        try (InputStream logging = RapaioKernelMain.class.getResourceAsStream("logging.properties")) {
            if (logging != null) {
                LogManager.getLogManager().readConfiguration(logging);
            }
        }
    }

    /**
     * Makes SIGINT cancel the running cell (the JVM would otherwise exit). Interrupting through the
     * control channel's interrupt_request cannot work with rapaio 3.0.1: its shell and control
     * threads share one "current message" and one stack of actions to run after a message, so the
     * control thread, handling the interrupt, takes over the running cell's message and runs its
     * pending actions, and the cell's reply never reaches the front end. A signal is handled on a
     * thread of its own that touches none of that: the cell's own thread gets "Execution interrupted"
     * and replies as for any error.
     */
    static void interruptOnSignal(RapaioExecutionControl execution) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> execution.interrupt());
        } catch (IllegalArgumentException e) {
            LOGGER.warning("cannot handle SIGINT (" + e.getMessage() + "): interrupting the kernel will end it");
        }
    }

    /** Binds the kernel's channels as rapaio does, its loops starting only once the handlers are in place. */
    static Channels connect(String connectionJson) throws GeneralSecurityException {
        ConnectionProperties properties = Transform.fromJson(connectionJson, ConnectionProperties.class);
        LOGGER.info("Kernel connection: " + properties.transport() + "://" + properties.ip());
        LoopThread.holdStarts();
        try {
            Channels channels = new Channels(properties);
            channels.connect(MainApp.kernel);
            ProtocolHandlers.install(channels, MainApp.kernel);
            try {
                interruptOnSignal(ProtocolHandlers.execution(MainApp.kernel.javaEngine()));
            } catch (ReflectiveOperationException | RuntimeException e) {
                LOGGER.warning("cannot find the kernel's execution control (" + e + "): interrupting the kernel will end it");
            }
            return channels;
        } finally {
            LoopThread.releaseStarts();
        }
    }
}
