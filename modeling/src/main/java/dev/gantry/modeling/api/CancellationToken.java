package dev.gantry.modeling.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Cancels a running solve from any thread; a solve cancelled before it starts returns UNKNOWN/CANCELLED. */
public final class CancellationToken {
    private volatile boolean cancelled;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void cancel() {
        cancelled = true;
        listeners.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code action} on cancellation (at once if already cancelled); backends hook their stop here. */
    public Registration onCancel(Runnable action) {
        listeners.add(action);
        if (cancelled) {
            action.run();
        }
        return () -> listeners.remove(action);
    }

    /** Removes a cancellation hook when the solve it served is over. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
