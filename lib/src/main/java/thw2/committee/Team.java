package thw2.committee;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads that runs one task per member and waits for all of them, thousands of times
 * a second: the calling thread is member 0, daemon threads are members 1…size−1. Not reentrant; one
 * caller at a time.
 *
 * <p>Waiting. The trainer calls {@link #run} once per minibatch, every few hundred microseconds, so
 * a member that has finished its task busy-waits for the next one ({@link Thread#onSpinWait}) for up to
 * {@link #SPIN_NANOS}: waking a parked thread takes tens of microseconds at best (0.3–0.8 ms measured on
 * the two-core virtual machines this project is tested on), as long as a whole task or longer, and
 * would serialize the team. The usual wait is a few microseconds; a wait longer than
 * {@link #YIELD_AFTER_NANOS} means the machine is busy, and from then on the spinning thread yields
 * the processor now and then so that the thread it waits for can run (yielding at once would hand the
 * processor to another program for a whole time slice at every round). Past the spin budget it parks
 * (an idle team costs nothing).
 */
final class Team implements AutoCloseable {
    /** Busy-wait budget before parking, in nanoseconds (system property thw2.spinMicros, default 500 µs). */
    static final long SPIN_NANOS = Long.getLong("thw2.spinMicros", 500) * 1000;
    /** Spinning this long (50 µs) without the awaited event starts yielding between looks. */
    static final long YIELD_AFTER_NANOS = 50_000;
    /** Spin iterations between two looks at the clock (and two yields). */
    private static final int CHECK_EVERY = 64;

    private final Thread[] workers;
    private final AtomicInteger remaining = new AtomicInteger();
    private volatile IntConsumer task;
    private volatile int generation;
    private volatile boolean closed;
    private volatile Thread caller;
    private volatile Throwable failure;

    Team(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be >= 1, got " + size);
        }
        workers = new Thread[size - 1];
        for (int w = 0; w < workers.length; w++) {
            int member = w + 1;
            workers[w] = new Thread(() -> work(member), "thw2-trainer-" + member);
            workers[w].setDaemon(true);
            workers[w].start();
        }
    }

    int size() {
        return workers.length + 1;
    }

    /** Runs task(m) for every member m (member 0 on this thread) and returns when all are done. */
    void run(IntConsumer t) {
        if (closed) {
            throw new IllegalStateException("the team is closed");
        }
        if (workers.length == 0) {
            t.accept(0);
            return;
        }
        caller = Thread.currentThread();
        failure = null;
        task = t;
        remaining.set(workers.length);
        generation++; // volatile write: publishes task and remaining to the workers
        for (Thread w : workers) {
            LockSupport.unpark(w); // cheap when the worker is spinning, needed when it has parked
        }
        Throwable own = null;
        try {
            t.accept(0);
        } catch (RuntimeException | Error e) {
            own = e;
        }
        Wait wait = new Wait(this);
        while (remaining.get() > 0) {
            wait.pause();
        }
        Throwable f = own != null ? own : failure;
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }

    private void work(int member) {
        int seen = 0;
        while (true) {
            Wait wait = new Wait(this);
            while (generation == seen && !closed) {
                wait.pause();
            }
            if (closed) {
                return;
            }
            seen = generation;
            try {
                task.accept(member);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            if (remaining.decrementAndGet() == 0) {
                LockSupport.unpark(caller);
            }
        }
    }

    /**
     * One wait for an event another thread signals (and, if it may have parked, unparks): spin, then
     * spin and yield now and then, then park, as the class comment says. A new one per wait (the JIT
     * keeps it in registers).
     */
    private static final class Wait {
        private final Object blocker;
        private long began;
        private int spins;

        Wait(Object blocker) {
            this.blocker = blocker;
        }

        /** One look's worth of waiting: call it in a loop that tests for the event. */
        void pause() {
            if (++spins % CHECK_EVERY == 0) {
                if (began == 0) {
                    began = System.nanoTime();
                } else {
                    long waited = System.nanoTime() - began;
                    if (waited > SPIN_NANOS) {
                        LockSupport.park(blocker);
                        return;
                    }
                    if (waited > YIELD_AFTER_NANOS) {
                        Thread.yield();
                    }
                }
            }
            Thread.onSpinWait();
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
    }
}
