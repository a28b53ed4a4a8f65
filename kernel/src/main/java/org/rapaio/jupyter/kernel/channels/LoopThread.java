package org.rapaio.jupyter.kernel.channels;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The polling thread behind each of the rapaio kernel's ZeroMQ channels (shell, control,
 * heartbeat): it runs {@code loopBody} again and again, sleeping {@code sleep} milliseconds between
 * two runs, until {@link #shutdown()} or an interrupt.
 *
 * <p>This class replaces the one of the same name in rapaio-jupyter-kernel 3.0.1 (it is put ahead
 * of that jar on the kernel's class path; see NOTICE). It has the same public API, plus
 * {@link #holdStarts()} and {@link #releaseStarts()}; three things differ:
 * <ul>
 *   <li><b>The start-up race.</b> 3.0.1 calls {@code super.start()} and only then sets its loop
 *   flag. A new thread that the scheduler runs at once finds the flag still false, leaves its loop
 *   before the first poll and dies; its channel never answers, and the front end waits forever for
 *   {@code kernel_info} (about one kernel start in ten on a quiet 2-core machine, one in two on a
 *   loaded one). Here the flag is set before the thread exists.</li>
 *   <li><b>A failing iteration.</b> In 3.0.1 an exception thrown by one run of the body (a message
 *   with a bad signature, say) ends the thread, and with it the channel. Here it is logged and the
 *   loop goes on.</li>
 *   <li><b>Held starts.</b> rapaio's {@code Channels.connect} binds the sockets, starting their
 *   loops, before it registers the message handlers, so a request that is already waiting (a front
 *   end connects and asks for {@code kernel_info} while the JVM is still starting) is read too early
 *   and dropped: "Unhandled message", or a {@code NullPointerException}. A front end that asks only
 *   once, as a notebook page does, then waits forever. Between {@link #holdStarts()} and
 *   {@link #releaseStarts()} a {@code start()} is held back; {@code thw2.kernel.RapaioKernelMain}
 *   holds the starts while it connects the channels, so the loops read their first message with
 *   the handlers in place. Without a hold, {@code start()} starts at once.</li>
 * </ul>
 */
public final class LoopThread extends Thread {

    private static final Logger LOGGER = Logger.getLogger(LoopThread.class.getSimpleName());

    /** Loop threads whose start is held back; null when starts are not held. Guarded by the class. */
    private static List<LoopThread> held;

    private volatile boolean running;
    private volatile boolean stopped;
    private final long sleep;
    private final Runnable loopBody;

    /**
     * @param name     the thread's name
     * @param sleep    milliseconds to sleep after each run of the body
     * @param loopBody what one iteration does (poll a socket, handle what arrived)
     */
    public LoopThread(String name, long sleep, Runnable loopBody) {
        super(name);
        this.sleep = sleep;
        this.loopBody = loopBody;
    }

    /** From now until {@link #releaseStarts()}, {@link #start()} only records the thread. */
    public static synchronized void holdStarts() {
        if (held == null) {
            held = new ArrayList<>();
        }
    }

    /** Starts, in order, the loop threads whose start was held, and ends the hold. */
    public static void releaseStarts() {
        List<LoopThread> toStart;
        synchronized (LoopThread.class) {
            toStart = held;
            held = null;
        }
        if (toStart != null) {
            toStart.forEach(LoopThread::startNow);
        }
    }

    /**
     * Starts the loop, or records it for {@link #releaseStarts()} while starts are held. The flag is
     * raised before the thread exists, so the loop's first test of it always passes.
     */
    @Override
    public synchronized void start() {
        synchronized (LoopThread.class) {
            if (held != null) {
                if (getState() != State.NEW || held.contains(this)) {
                    throw new IllegalThreadStateException(getName() + " was started already");
                }
                held.add(this);
                return;
            }
        }
        startNow();
    }

    private synchronized void startNow() {
        if (getState() == State.NEW) {
            running = !stopped;
        }
        super.start();
    }

    @Override
    public void run() {
        while (running) {
            try {
                loopBody.run();
            } catch (RuntimeException e) {
                // rapaio's log format prints the message only, so the exception goes into it
                LOGGER.severe(getName() + ": one iteration failed (" + e + "); the loop goes on");
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    /** Asks the loop to stop after its current iteration (or never to begin, if its start is held). */
    public void shutdown() {
        stopped = true;
        running = false;
    }
}
