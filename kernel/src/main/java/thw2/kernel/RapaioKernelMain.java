package thw2.kernel;

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

/**
 * Starts the rapaio Jupyter kernel (3.0.1) as its own {@code MainApp} does for a connection file,
 * but with the channels' loop threads held back until the kernel has registered its message
 * handlers: a request that reaches a socket as soon as it is bound is then handled, not dropped.
 * See {@link LoopThread} (this project's replacement of rapaio's class) for the races it closes.
 *
 * <pre>java -cp thw2-rapaio-start-fix.jar:rapaio-jupyter-kernel-3.0.1.jar thw2.kernel.RapaioKernelMain CONNECTION_FILE</pre>
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
        try (InputStream logging = MainApp.class.getClassLoader().getResourceAsStream("logging.properties")) {
            if (logging != null) {
                LogManager.getLogManager().readConfiguration(logging);
            }
        }
        connect(Files.readString(connectionFile)).joinUntilClose();
    }

    /** Binds the kernel's channels as rapaio does, its loops starting only once the handlers are in place. */
    static Channels connect(String connectionJson) throws GeneralSecurityException {
        ConnectionProperties properties = Transform.fromJson(connectionJson, ConnectionProperties.class);
        LOGGER.info("Kernel connection: " + properties.transport() + "://" + properties.ip());
        LoopThread.holdStarts();
        try {
            Channels channels = new Channels(properties);
            channels.connect(MainApp.kernel);
            return channels;
        } finally {
            LoopThread.releaseStarts();
        }
    }
}
