package io.migsh.cmdlets.migration;

import io.migsh.runtime.ExecutionContext;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a call that waits on a remote server so that Ctrl+C stops the command at once: a blocking socket read does
 * not notice a stop request, so the call runs on its own thread while the command's thread watches for one. A
 * stopped call is abandoned and ends at its own time-out; only calls without side effects in the store go here.
 */
final class NetworkWait {
    private static final long POLL_MILLIS = 50;

    /** The waiting call, with the checked exception it may throw. */
    @FunctionalInterface
    interface Call<T, E extends Exception> {
        T call() throws E;
    }

    private NetworkWait() {}

    /** The call's result or its exception, unless Ctrl+C comes first (PipelineStoppedException). */
    static <T, E extends Exception> T call(ExecutionContext context, Call<T, E> work) throws E {
        FutureTask<T> task = new FutureTask<>(work::call);
        Thread worker = new Thread(task, "migsh-network-wait");
        worker.setDaemon(true);
        worker.start();
        while (true) {
            try {
                return task.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (context.isStopping()) {
                    task.cancel(true);
                    context.throwIfStopping();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                context.requestStop();
                task.cancel(true);
                context.throwIfStopping();
            } catch (ExecutionException e) {
                throw NetworkWait.<E>rethrown(e.getCause());
            }
        }
    }

    /** Only the call's own exceptions can reach here: RuntimeException, Error, or its E. */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrown(Throwable cause) throws E {
        if (cause instanceof RuntimeException r) throw r;
        if (cause instanceof Error err) throw err;
        return (E) cause;
    }

    static void run(ExecutionContext context, Runnable work) {
        call(context, () -> {
            work.run();
            return null;
        });
    }
}
