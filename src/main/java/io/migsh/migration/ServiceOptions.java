package io.migsh.migration;

import io.migsh.migration.sync.RetryPolicy;
import java.time.Duration;

/**
 * How the background service runs: how many syncs at once in this process, how often it looks for due work, how
 * long a claim lasts without renewal, whether it starts at all (tests drive it step by step instead), and how
 * transient failures are retried.
 */
public record ServiceOptions(int workerThreads, Duration pollInterval, Duration lease, boolean runInBackground,
        RetryPolicy retries) {
    public static ServiceOptions defaults() {
        return new ServiceOptions(50, Duration.ofSeconds(5), Duration.ofMinutes(5), true, RetryPolicy.DEFAULT);
    }

    /** For tests: nothing runs until {@link MigrationService#runUntilIdle()} is called. */
    public static ServiceOptions manual() {
        return new ServiceOptions(4, Duration.ofSeconds(5), Duration.ofMinutes(5), false, RetryPolicy.DEFAULT);
    }

    public ServiceOptions withRetries(RetryPolicy policy) {
        return new ServiceOptions(workerThreads, pollInterval, lease, runInBackground, policy);
    }
}
