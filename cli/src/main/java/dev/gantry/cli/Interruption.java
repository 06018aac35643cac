package dev.gantry.cli;

import dev.gantry.modeling.api.CancellationToken;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C during a long run: the shutdown hook cancels the search and waits until the command has written the
 * best plan found, so an interrupted run loses nothing.
 */
final class Interruption implements AutoCloseable {
    private final Thread hook;
    private final CountDownLatch written = new CountDownLatch(1);
    private volatile boolean interrupted;

    Interruption(CancellationToken token) {
        this.hook = new Thread(() -> {
            interrupted = true;
            System.err.println("gantry: interrupted; stopping the search and writing the best plan found...");
            token.cancel();
            try {
                written.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "gantry-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean interrupted() {
        return interrupted;
    }

    /** Outputs are written: let an interrupted JVM exit, or drop the hook after a normal run. */
    @Override
    public void close() {
        written.countDown();
        if (!interrupted) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException alreadyShuttingDown) {
                // the hook is running; it will see the latch
            }
        }
    }
}
