package thw2.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rapaio.org.zeromq.SocketType; // jeromq, as rapaio's jar bundles it (relocated)
import org.rapaio.org.zeromq.ZContext;
import org.rapaio.org.zeromq.ZMQ;

/**
 * A front end that connects while the kernel's JVM is still starting and asks for kernel_info before
 * the kernel has bound its sockets (a notebook page asks once and never again): every such request
 * must be answered, each reply with the {@code "status": "ok"} the messaging spec requires, and the
 * kernel's log must stay quiet (warnings and errors only). The kernel runs as a real process, from this module's classes and rapaio's jar;
 * the client is a bare ZeroMQ DEALER speaking the Jupyter wire protocol, reconnecting every
 * millisecond so that its queued requests arrive the moment the shell socket is bound.
 *
 * <p>With rapaio's own main class ({@code -Dthw2.kernel.main=org.rapaio.jupyter.kernel.MainApp})
 * the requests reach the shell before the handlers exist and most are dropped, so this test fails.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class EarlyRequestsTest {

    private static final int REQUESTS = 5;
    private static final String MAIN = System.getProperty("thw2.kernel.main", RapaioKernelMain.class.getName());
    private static final Pattern MSG_TYPE = Pattern.compile("\"msg_type\"\\s*:\\s*\"([a-z_]+)\"");
    private static final Pattern MSG_ID = Pattern.compile("\"msg_id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS_OK = Pattern.compile("\"status\"\\s*:\\s*\"ok\"");

    @Test
    void requestsSentBeforeTheKernelStartedAreAllAnswered(@TempDir Path dir) throws Exception {
        int[] ports = freePorts(5);
        String key = UUID.randomUUID().toString();
        Path connection = dir.resolve("kernel.json");
        Files.writeString(connection, String.format("""
                {"shell_port": %d, "iopub_port": %d, "stdin_port": %d, "control_port": %d, "hb_port": %d,
                 "ip": "127.0.0.1", "key": "%s", "transport": "tcp", "signature_scheme": "hmac-sha256",
                 "kernel_name": "java"}""", ports[0], ports[1], ports[2], ports[3], ports[4], key));

        try (ZContext zmq = new ZContext()) {
            ZMQ.Socket shell = zmq.createSocket(SocketType.DEALER);
            shell.setReconnectIVL(1);
            shell.setReceiveTimeOut(1_000);
            shell.connect("tcp://127.0.0.1:" + ports[0]);
            Set<String> asked = new HashSet<>();
            for (int i = 0; i < REQUESTS; i++) {
                asked.add(sendKernelInfoRequest(shell, key));
            }

            Process kernel = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), MAIN, connection.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("kernel.log").toFile()).start();
            try {
                Set<String> answered = new HashSet<>();
                List<String> replies = new ArrayList<>();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                while (answered.size() < REQUESTS && System.nanoTime() < deadline && kernel.isAlive()) {
                    List<byte[]> frames = receive(shell);
                    if (frames.size() >= 6 && "kernel_info_reply".equals(first(MSG_TYPE, frames.get(2)))) {
                        String parent = first(MSG_ID, frames.get(3));
                        if (asked.contains(parent)) {
                            answered.add(parent);
                            replies.add(new String(frames.get(5), StandardCharsets.UTF_8));
                        }
                    }
                }
                assertEquals(REQUESTS, answered.size(), "kernel_info requests sent before the kernel started, answered ("
                        + MAIN + "; kernel log: " + dir.resolve("kernel.log") + ")\n" + Files.readString(dir.resolve("kernel.log")));
                for (String reply : replies) {
                    assertTrue(STATUS_OK.matcher(reply).find(), "a kernel_info_reply without \"status\": \"ok\": " + reply);
                }
                String log = Files.readString(dir.resolve("kernel.log"));
                assertFalse(log.contains("INFO") || log.contains("Handling message"), "the kernel logs at INFO:\n" + log);
            } finally {
                kernel.destroy();
                if (!kernel.waitFor(20, TimeUnit.SECONDS)) {
                    kernel.destroyForcibly().waitFor();
                }
            }
        }
    }

    /** Sends one signed kernel_info_request; returns its msg_id. */
    private static String sendKernelInfoRequest(ZMQ.Socket socket, String key) throws Exception {
        String id = UUID.randomUUID().toString();
        byte[][] parts = {
            ("{\"msg_id\": \"" + id + "\", \"username\": \"test\", \"session\": \"early-requests\", "
                    + "\"date\": \"2026-01-01T00:00:00.000000Z\", \"msg_type\": \"kernel_info_request\", "
                    + "\"version\": \"5.3\"}").getBytes(StandardCharsets.UTF_8),
            "{}".getBytes(StandardCharsets.UTF_8), "{}".getBytes(StandardCharsets.UTF_8),
            "{}".getBytes(StandardCharsets.UTF_8)};
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        for (byte[] p : parts) {
            mac.update(p);
        }
        socket.sendMore("<IDS|MSG>");
        socket.sendMore(HexFormat.of().formatHex(mac.doFinal()));
        for (int i = 0; i < parts.length; i++) {
            if (i < parts.length - 1) {
                socket.sendMore(parts[i]);
            } else {
                socket.send(parts[i]);
            }
        }
        return id;
    }

    /** One multipart message, or none after the socket's receive time-out. */
    private static List<byte[]> receive(ZMQ.Socket socket) {
        List<byte[]> frames = new ArrayList<>();
        byte[] frame = socket.recv();
        while (frame != null) {
            frames.add(frame);
            frame = socket.hasReceiveMore() ? socket.recv() : null;
        }
        return frames;
    }

    private static String first(Pattern p, byte[] json) {
        Matcher m = p.matcher(new String(json, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : null;
    }

    private static int[] freePorts(int n) throws IOException {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            int[] ports = new int[n];
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                sockets.add(s);
                ports[i] = s.getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket s : sockets) {
                s.close();
            }
        }
    }
}
