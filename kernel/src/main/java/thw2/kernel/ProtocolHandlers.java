package thw2.kernel;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jdk.jshell.SourceCodeAnalysis.Documentation;

import org.rapaio.jupyter.kernel.channels.AbstractChannel;
import org.rapaio.jupyter.kernel.channels.Channels;
import org.rapaio.jupyter.kernel.channels.MessageHandler;
import org.rapaio.jupyter.kernel.core.RapaioKernel;
import org.rapaio.jupyter.kernel.core.java.JavaEngine;
import org.rapaio.jupyter.kernel.core.java.RapaioExecutionControl;
import org.rapaio.jupyter.kernel.core.java.RapaioExecutionControlProvider;
import org.rapaio.jupyter.kernel.core.magic.MagicInspectResult;
import org.rapaio.jupyter.kernel.display.DisplayData;
import org.rapaio.jupyter.kernel.message.Message;
import org.rapaio.jupyter.kernel.message.MessageType;
import org.rapaio.jupyter.kernel.message.messages.ControlInterruptRequest;
import org.rapaio.jupyter.kernel.message.messages.ControlShutdownRequest;
import org.rapaio.jupyter.kernel.message.messages.ErrorReply;
import org.rapaio.jupyter.kernel.message.messages.ShellCommInfoRequest;
import org.rapaio.jupyter.kernel.message.messages.ShellExecuteRequest;
import org.rapaio.jupyter.kernel.message.messages.ShellHistoryRequest;
import org.rapaio.jupyter.kernel.message.messages.ShellInspectReply;
import org.rapaio.jupyter.kernel.message.messages.ShellInspectRequest;
import org.rapaio.jupyter.kernel.message.messages.ShellIsCompleteReply;
import org.rapaio.jupyter.kernel.message.messages.ShellIsCompleteRequest;
import org.rapaio.jupyter.kernel.message.messages.ShellKernelInfoRequest;

/**
 * The message handlers this kernel puts in place of some of rapaio 3.0.1's, so that every reply
 * follows the messaging spec (checked by Jupyter's kernel test suite, {@code kernel/conformance}):
 * <ul>
 *   <li>kernel_info, comm_info, interrupt and shutdown: the same content, plus the {@code status}
 *   every reply must carry; the interrupt and shutdown replies go out on the control channel, which
 *   the requests came in on (rapaio sends every reply on the shell channel, whose socket cannot route
 *   them to the client's control socket, so they are lost);</li>
 *   <li>history: answered (rapaio sends no reply at all; {@code jupyter console} waits a second for
 *   it at start), from the inputs kept by {@link History}; execute requests pass through rapaio's own
 *   handler, counted and recorded on the way;</li>
 *   <li>is_complete: {@code invalid} for input that is not Java ({@link Completeness});</li>
 *   <li>inspect: found at the end of a name too ({@link Inspection}); the cursor is read as the
 *   spec defines it, in code points;</li>
 *   <li>interrupt: cancels the running cell and nothing else. rapaio also stops its execution
 *   engine for good (it shuts down the engine's thread pool and stops JShell), so that after an
 *   interrupt the cell never gets its reply and the kernel runs no more cells: it must be
 *   restarted.</li>
 * </ul>
 * Execution, completion, comms and everything else stay rapaio's.
 *
 * <p>rapaio offers no way to register a handler: its {@code Channels} keeps them in a private map,
 * filled by {@code Channels.connect}, its control channel in a private field, and the JShell
 * engine's execution control behind two private fields of {@code JavaEngine}. {@link #install}
 * reads them by reflection and replaces entries of the map, after {@code connect} and before the
 * channels' loops start (they are held, see {@link RapaioKernelMain}). {@code ProtocolHandlersTest}
 * checks that rapaio's class still has those fields; the kernel is pinned to rapaio 3.0.1.
 */
final class ProtocolHandlers {

    private static final Logger LOGGER = Logger.getLogger(ProtocolHandlers.class.getSimpleName());

    private final Channels channels;
    private final AbstractChannel control;
    private final RapaioExecutionControl execution;
    private final RapaioKernel kernel;
    private final History history = new History();

    private ProtocolHandlers(Channels channels, AbstractChannel control, RapaioExecutionControl execution,
                             RapaioKernel kernel) {
        this.channels = channels;
        this.control = control;
        this.execution = execution;
        this.kernel = kernel;
    }

    /** rapaio's control channel in {@code channels}. */
    static AbstractChannel control(Channels channels) throws ReflectiveOperationException {
        Field f = Channels.class.getDeclaredField("control");
        f.setAccessible(true);
        return (AbstractChannel) f.get(channels);
    }

    /** The execution control that runs {@code engine}'s cells (in this JVM, one thread per cell). */
    static RapaioExecutionControl execution(JavaEngine engine) throws ReflectiveOperationException {
        Field provider = JavaEngine.class.getDeclaredField("controlProvider");
        Field id = JavaEngine.class.getDeclaredField("executionId");
        provider.setAccessible(true);
        id.setAccessible(true);
        RapaioExecutionControl c = ((RapaioExecutionControlProvider) provider.get(engine))
                .getRegisteredControl((String) id.get(engine));
        if (c == null) {
            throw new IllegalStateException("the kernel's JShell has no execution control registered");
        }
        return c;
    }

    /** rapaio's handler table in {@code channels}, connected to {@code kernel}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Map<MessageType<?>, MessageHandler> table(Channels channels) throws ReflectiveOperationException {
        Field f = Channels.class.getDeclaredField("handlers");
        f.setAccessible(true);
        Map<MessageType<?>, MessageHandler> table = (Map<MessageType<?>, MessageHandler>) f.get(channels);
        if (table == null) {
            throw new IllegalStateException("the channels are not connected yet");
        }
        return table;
    }

    /**
     * Puts this class's handlers into the connected {@code channels}. Should rapaio's internals not be
     * as expected, logs why and leaves rapaio's handlers in place: the kernel still runs.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void install(Channels channels, RapaioKernel kernel) {
        Map<MessageType<?>, MessageHandler> table;
        AbstractChannel control;
        RapaioExecutionControl execution;
        try {
            table = table(channels);
            control = control(channels);
            execution = execution(kernel.javaEngine());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOGGER.severe("cannot replace rapaio's message handlers (" + e + "); this kernel's protocol fixes are "
                    + "written for rapaio-jupyter-kernel 3.0.1, found " + Replies.rapaioVersion());
            return;
        }
        ProtocolHandlers h = new ProtocolHandlers(channels, control, execution, kernel);
        MessageHandler<ShellExecuteRequest> execute = table.get(MessageType.SHELL_EXECUTE_REQUEST);
        table.put(MessageType.SHELL_EXECUTE_REQUEST, (MessageHandler<ShellExecuteRequest>) m -> h.execute(m, execute));
        table.put(MessageType.SHELL_KERNEL_INFO_REQUEST, (MessageHandler<ShellKernelInfoRequest>) h::kernelInfo);
        table.put(MessageType.SHELL_COMM_INFO_REQUEST, (MessageHandler<ShellCommInfoRequest>) h::commInfo);
        table.put(MessageType.SHELL_HISTORY_REQUEST, (MessageHandler<ShellHistoryRequest>) h::history);
        table.put(MessageType.SHELL_IS_COMPLETE_REQUEST, (MessageHandler<ShellIsCompleteRequest>) h::isComplete);
        table.put(MessageType.SHELL_INSPECT_REQUEST, (MessageHandler<ShellInspectRequest>) h::inspect);
        table.put(MessageType.CONTROL_INTERRUPT_REQUEST, (MessageHandler<ControlInterruptRequest>) h::interrupt);
        table.put(MessageType.CONTROL_SHUTDOWN_REQUEST, (MessageHandler<ControlShutdownRequest>) h::shutdown);
    }

    private void execute(Message<ShellExecuteRequest> message, MessageHandler<ShellExecuteRequest> rapaios) {
        int line = history.nextExecution(); // rapaio counts every execute request, so does this
        ShellExecuteRequest request = message.content();
        if (request.storeHistory() && !request.silent()) {
            history.add(line, request.code());
        }
        rapaios.handle(message);
    }

    private void kernelInfo(Message<ShellKernelInfoRequest> message) {
        channels.busyThenIdle();
        channels.reply(new Replies.KernelInfo());
    }

    private void commInfo(Message<ShellCommInfoRequest> message) {
        channels.busyThenIdle();
        channels.reply(new Replies.CommInfo());
    }

    private void history(Message<ShellHistoryRequest> message) {
        channels.busyThenIdle();
        ShellHistoryRequest r = message.content();
        List<List<Object>> rows;
        if (r instanceof ShellHistoryRequest.Tail t) {
            rows = history.tail(t.getMaxReturnLength(), r.includeOutput());
        } else if (r instanceof ShellHistoryRequest.Range range) {
            rows = history.range(range.getSessionIndex(), range.getStart(), range.getStop(), r.includeOutput());
        } else if (r instanceof ShellHistoryRequest.Search s) {
            rows = history.search(s.getPattern(), s.getMaxReturnLength(), s.filterUnique(), r.includeOutput());
        } else {
            rows = List.of();
        }
        channels.reply(new Replies.HistoryReply(rows));
    }

    private void isComplete(Message<ShellIsCompleteRequest> message) {
        channels.busyThenIdle();
        Completeness.Verdict v = Completeness.of(kernel.javaEngine().getSourceAnalysis(), message.content().code());
        channels.reply(switch (v.status()) {
            case "complete" -> ShellIsCompleteReply.complete();
            case "invalid" -> ShellIsCompleteReply.invalid();
            default -> ShellIsCompleteReply.incomplete(v.indent());
        });
    }

    private void inspect(Message<ShellInspectRequest> message) {
        channels.busyThenIdle();
        ShellInspectRequest request = message.content();
        String code = request.code();
        int cursor = charIndex(code, request.cursorPos());
        try {
            MagicInspectResult magic = kernel.magicEngine().inspect(kernel.executionContext(), code, cursor);
            if (magic.handled()) {
                DisplayData dd = magic.displayData();
                channels.reply(new ShellInspectReply(dd != null, dd));
                return;
            }
            List<Documentation> docs = Inspection.find(kernel.javaEngine().getSourceAnalysis(), code, cursor);
            if (docs.isEmpty()) {
                channels.reply(new ShellInspectReply(false, null));
                return;
            }
            DisplayData dd = DisplayData.fromHtml(Inspection.html(docs));
            dd.putText(Inspection.text(docs));
            channels.reply(new ShellInspectReply(true, dd));
        } catch (Exception e) {
            channels.replyError(MessageType.SHELL_INSPECT_REPLY.newError(), ErrorReply.of(kernel, e, 0));
        }
    }

    private void interrupt(Message<ControlInterruptRequest> message) {
        channels.busyThenIdle();
        control.sendMessage(new Message<>(message.getId(), Replies.Interrupt.TYPE, new Replies.Interrupt()));
        execution.interrupt(); // cancels the running cell's task, whose wait then ends with "Execution interrupted."
    }

    /** As rapaio shuts down (reply once the JShell is closed, then close the channels), with a status, on the control channel. */
    private void shutdown(Message<ControlShutdownRequest> message) {
        boolean restart = message.content().restart();
        channels.busyThenIdle();
        channels.scheduleAfter(() -> control.sendMessage(
                new Message<>(message.getId(), Replies.Shutdown.TYPE, new Replies.Shutdown(restart))));
        kernel.onShutdown();
        channels.runAfterActions();
        channels.markForShutdown();
    }

    /** The char index of the protocol's cursor position, which counts code points (messaging spec 5.2). */
    static int charIndex(String code, int codePoints) {
        int n = Math.max(0, Math.min(codePoints, code.codePointCount(0, code.length())));
        return code.offsetByCodePoints(0, n);
    }
}
