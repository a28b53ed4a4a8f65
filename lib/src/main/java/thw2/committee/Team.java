package thw2.committee;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A fixed team of threads that runs one task per member and waits for all of them, thousands of times
 * a second: the calling thread is member 0, daemon threads are members 1…size−1. Waiting spins briefly
 * (a minibatch step takes a fraction of a millisecond, far less than waking a parked thread) and then
 * parks, so an idle or overloaded machine loses little. Not reentrant; one caller at a time.
 */
final class Team implements AutoCloseable {
    /**
     * Spin iterations before parking. One {@link Thread#onSpinWait()} (x86 PAUSE) takes some 10–140
     * cycles depending on the processor, so this is a few microseconds: long spins only burn the time
     * slices that a busy machine needs for the threads being waited for.
     */
    static final int SPINS = Integer.getInteger("thw2.spins", 200);

    private final Thread[] workers;
    private final AtomicInteger remaining = new AtomicInteger();
    private volatile IntConsumer task;
    private volatile int generation;
    private volatile boolean closed;
    private volatile Thread caller;
    private volatile Throwable failure;

    Team(int size) {
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
            LockSupport.unpark(w);
        }
        Throwable own = null;
        try {
            t.accept(0);
        } catch (RuntimeException | Error e) {
            own = e;
        }
        int spins = 0;
        while (remaining.get() > 0) {
            if (spins < SPINS) {
                spins++;
                Thread.onSpinWait();
            } else {
                LockSupport.park(this);
            }
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
            int spins = 0;
            while (generation == seen && !closed) {
                if (spins < SPINS) {
                    spins++;
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
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

    @Override
    public void close() {
        closed = true;
        for (Thread w : workers) {
            LockSupport.unpark(w);
        }
    }
}
