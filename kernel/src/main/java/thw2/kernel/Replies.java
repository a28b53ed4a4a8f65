package thw2.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.rapaio.jupyter.kernel.MainApp;
import org.rapaio.jupyter.kernel.core.LanguageInfo;
import org.rapaio.jupyter.kernel.message.ContentType;
import org.rapaio.jupyter.kernel.message.Header;
import org.rapaio.jupyter.kernel.message.MessageType;

/**
 * The replies this kernel sends in place of rapaio 3.0.1's, each with the {@code "status": "ok"} that
 * the messaging spec requires of every reply on the shell and control channels (rapaio's
 * kernel_info, comm_info, interrupt and shutdown replies have none) and a history reply (rapaio
 * sends none). Fields are named as the spec names them: rapaio serializes a reply's fields as they
 * are (with its relocated Gson), so no annotations are needed.
 */
final class Replies {

    private Replies() {
    }

    /** The rapaio kernel's own version, from its jar's Maven metadata (its kernel_info says 3.0.0 for 3.0.1). */
    static String rapaioVersion() {
        try (InputStream in = MainApp.class.getResourceAsStream(
                "/META-INF/maven/io.github.padreati/rapaio-jupyter-kernel/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown";
    }

    /** kernel_info_reply: rapaio's content, with a status and rapaio's true version. */
    static final class KernelInfo implements ContentType<KernelInfo> {
        static final MessageType<KernelInfo> TYPE = new MessageType<>("kernel_info_reply", KernelInfo.class);

        final String status = "ok";
        final String protocol_version = Header.PROTOCOL_VERSION;
        final String implementation = "rapaio-jupyter-kernel";
        final String implementation_version = rapaioVersion() + "+thw2";
        final LanguageInfo language_info = LanguageInfo.kernelLanguageInfo();
        final String banner = "Java " + Runtime.version() + " (rapaio-jupyter-kernel " + rapaioVersion()
                + " with the THW2 additions)";
        final boolean debugger = false;
        final List<Map<String, String>> help_links = List.of(
                Map.of("text", "rapaio-jupyter-kernel", "url", "https://github.com/padreati/rapaio-jupyter-kernel"));

        @Override
        public MessageType<KernelInfo> type() {
            return TYPE;
        }
    }

    /** comm_info_reply: no comms are ever open (rapaio closes every comm it is offered). */
    static final class CommInfo implements ContentType<CommInfo> {
        static final MessageType<CommInfo> TYPE = new MessageType<>("comm_info_reply", CommInfo.class);

        final String status = "ok";
        final Map<String, Object> comms = new LinkedHashMap<>();

        @Override
        public MessageType<CommInfo> type() {
            return TYPE;
        }
    }

    /** interrupt_reply. */
    static final class Interrupt implements ContentType<Interrupt> {
        static final MessageType<Interrupt> TYPE = new MessageType<>("interrupt_reply", Interrupt.class);

        final String status = "ok";

        @Override
        public MessageType<Interrupt> type() {
            return TYPE;
        }
    }

    /** shutdown_reply. */
    static final class Shutdown implements ContentType<Shutdown> {
        static final MessageType<Shutdown> TYPE = new MessageType<>("shutdown_reply", Shutdown.class);

        final String status = "ok";
        final boolean restart;

        Shutdown(boolean restart) {
            this.restart = restart;
        }

        @Override
        public MessageType<Shutdown> type() {
            return TYPE;
        }
    }

    /** history_reply: entries {@code [session, line, input]} or {@code [session, line, [input, output]]}. */
    static final class HistoryReply implements ContentType<HistoryReply> {
        static final MessageType<HistoryReply> TYPE = new MessageType<>("history_reply", HistoryReply.class);

        final String status = "ok";
        final List<List<Object>> history;

        HistoryReply(List<List<Object>> history) {
            this.history = history;
        }

        @Override
        public MessageType<HistoryReply> type() {
            return TYPE;
        }
    }
}
