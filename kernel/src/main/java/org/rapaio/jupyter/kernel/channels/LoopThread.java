package org.rapaio.jupyter.kernel.channels;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The polling thread behind each of the rapaio kernel's ZeroMQ channels (shell, control,
 * heartbeat): it runs {@code loopBody} again and again, sleeping {@code sleep} milliseconds between
 * two runs, until {@link #shutdown()} or an interrupt.
 *
 * <p>This class replaces the one of the same name in rapaio-jupyter-kernel 3.0.1 (it is put ahead
 * of that jar on the kernel's class path; see NOTICE). The public API is the same; two things
 * differ:
 * <ul>
 *   <li><b>The start-up race.</b> 3.0.1 calls {@code super.start()} and only then sets its loop
 *   flag. A new thread that the scheduler runs at once finds the flag still false, leaves its loop
 *   before the first poll and dies; its channel never answers, and the front end waits forever for
 *   {@code kernel_info} (about one kernel start in ten on a 2-core machine). Here the flag is set
 *   before the thread exists.</li>
 *   <li><b>A failing iteration.</b> In 3.0.1 an exception thrown by one run of the body (for
 *   example a request that reaches the shell before the kernel has registered its handlers, or a
 *   message with a bad signature) ends the thread, and with it the channel. Here it is logged and
 *   the loop goes on: the front end asks again.</li>
 * </ul>
 */
public final class LoopThread extends Thread {

    private static final Logger LOGGER = Logger.getLogger(LoopThread.class.getSimpleName());

    private volatile boolean running;
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

    /** Starts the loop. The flag is raised first, so the loop's first test of it always passes. */
    @Override
    public synchronized void start() {
        if (getState() == State.NEW) {
            running = true;
        }
        super.start();
    }

    @Override
    public void run() {
        while (running) {
            try {
                loopBody.run();
            } catch (RuntimeException e) {
                LOGGER.log(Level.SEVERE, getName() + ": one iteration failed; the loop goes on", e);
            }
            try {
                Thread.sleep(sleep);
            } catch (InterruptedException e) {
                running = false;
                return;
            }
        }
    }

    /** Asks the loop to stop after its current iteration. */
    public void shutdown() {
        running = false;
    }
}
