package io.migsh.migration.sync;

import java.time.Duration;

/**
 * How transient failures (a dropped connection, a timeout) are retried before a user fails. Within a pass the
 * engine reconnects and redoes the folder up to {@code retriesPerPass} times in a row, after a pause that starts at
 * {@code firstPause} and doubles; a pass that still fails goes back to the queue for another pass after {@code
 * passPause} (doubling, at most 30 minutes), and the {@code failedPasses}-th failed pass in a row fails the user.
 */
public record RetryPolicy(int retriesPerPass, Duration firstPause, int failedPasses, Duration passPause) {
    /** Patient enough for a server that is down for a while: five retries from 2 s, ten passes from a minute on. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(2), 10, Duration.ofMinutes(1));
    /**
     * For the demo: two retries from 0.1 s, and two passes a second apart, so that a user whose connection keeps
     * dropping fails within seconds instead of hours.
     */
    public static final RetryPolicy QUICK = new RetryPolicy(2, Duration.ofMillis(100), 2, Duration.ofSeconds(1));

    public RetryPolicy {
        if (retriesPerPass < 0 || failedPasses < 1 || firstPause.isNegative() || passPause.isNegative()) {
            throw new IllegalArgumentException("A retry policy needs no negative counts or pauses and at least one "
                    + "pass.");
        }
    }

    /** The pause before the pass after the {@code failed}-th failed one in a row. */
    public Duration pauseAfter(int failed) {
        Duration pause = passPause.multipliedBy(1L << Math.min(20, Math.max(0, failed - 1)));
        Duration most = Duration.ofMinutes(30);
        return pause.compareTo(most) > 0 ? most : pause;
    }
}
