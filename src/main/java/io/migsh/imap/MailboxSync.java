package io.migsh.imap;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The public entry of the sync engine: copies one mailbox from a source IMAP server to a {@link
 * io.migsh.target.MailTarget}, exactly once, newest first, with flags and INTERNALDATE, incrementally from the
 * journal's checkpoints, within Exchange's limits. Runs on the caller's thread; concurrency across mailboxes, the
 * schedule and cancellation (through {@link SyncListener#stopRequested()}) belong to the caller.
 */
public final class MailboxSync {
    /** What failure times and durations are read from: the migration session's clock, so fixed in tests. */
    private final Clock clock;

    public MailboxSync() {
        this(Clock.systemUTC());
    }

    public MailboxSync(Clock clock) {
        this.clock = clock;
    }

    /**
     * Runs one sync. Never throws for mail problems: a failed user is {@link SyncOutcome#FAILED} with the failure
     * Exchange would show; a journal that cannot be written ends the sync with a MigrationTransientException.
     */
    public SyncResult run(SyncJob job, SyncJournal journal, SyncListener listener) {
        Instant start = clock.instant();
        SyncListener l = listener == null ? SyncListener.NONE : listener;
        SyncRun run = new SyncRun(job, journal, l, clock);
        SyncOutcome outcome;
        SyncFailure failure = null;
        try {
            run.execute();
            outcome = run.counters().folderFailures.isEmpty() ? SyncOutcome.COMPLETED
                    : SyncOutcome.COMPLETED_WITH_ERRORS;
        } catch (SyncStopped stopped) {
            outcome = SyncOutcome.STOPPED;
            l.event(null, "Stopped on request.");
        } catch (SyncAbort abort) {
            outcome = SyncOutcome.FAILED;
            failure = abort.failure();
            l.failure(failure);
        } catch (SyncJournalException e) {
            outcome = SyncOutcome.FAILED;
            failure = new SyncFailure(clock.instant(), FailureTypes.MIGRATION_TRANSIENT, FailureSide.Target, null,
                    e.getMessage(), false);
            l.failure(failure);
        } finally {
            run.close();
        }
        SyncCounters c = run.counters();
        // A pass cut short (a failure inside a batch, a stop) may have copied items since its last report; what the
        // service adds to SyncedItemCount must count them, or the next pass, which skips them, never will.
        l.progress(c.progress(null));
        return new SyncResult(job.mode(), outcome, failure, List.copyOf(c.folders.values()), c.itemsInSource,
                c.itemsSynced, c.copied, c.large, c.bad, c.bytes, c.retries, Duration.between(start, clock.instant()));
    }
}
