package io.migsh.engine;

import io.migsh.imap.JdbcSyncJournal;
import io.migsh.imap.MailboxSync;
import io.migsh.imap.SyncJournal;
import io.migsh.imap.SyncResult;
import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.sync.MailboxSynchronizer;
import io.migsh.migration.sync.SyncJob;
import io.migsh.migration.sync.SyncListener;
import io.migsh.migration.sync.SyncOutcome;
import io.migsh.migration.sync.SyncProgress;
import io.migsh.store.Database;
import java.time.Clock;
import java.util.UUID;

/**
 * The migration service's synchronizer, run by the IMAP engine: each pass of a sync request is one
 * {@link MailboxSync#run} with the request's RequestGuid as journal key, so passes continue from the engine's
 * checkpoints, which live in the state store beside the requests. Found through {@code META-INF/services}; a
 * migration session binds it to its store.
 */
public final class ImapMailboxSynchronizer implements MailboxSynchronizer {
    private final SyncJournal journal;
    /** The session's clock: report and failure times come from it, so that a test's fixed clock fixes them. */
    private final Clock clock;
    private final MailboxSync engine;

    /** Unbound, as the service loader makes it; {@link #boundTo} gives the one that runs. */
    public ImapMailboxSynchronizer() {
        this(null, Clock.systemUTC());
    }

    public ImapMailboxSynchronizer(SyncJournal journal, Clock clock) {
        this.journal = journal;
        this.clock = clock;
        this.engine = new MailboxSync(clock);
    }

    @Override
    public MailboxSynchronizer boundTo(Database store, Clock sessionClock) {
        return new ImapMailboxSynchronizer(new JdbcSyncJournal(store::lend), sessionClock);
    }

    /** The journal of a removed request goes with it (its rows would otherwise stay, one per message). */
    @Override
    public void forget(UUID requestId) {
        if (journal != null) journal.forget(requestId.toString());
    }

    @Override
    public SyncOutcome synchronize(SyncJob job, SyncListener listener) throws InterruptedException {
        if (journal == null) {
            throw new IllegalStateException("The IMAP synchronizer has no journal: bind it to a state store first.");
        }
        io.migsh.imap.SyncJob engineJob;
        try {
            engineJob = JobMapper.map(job);
        } catch (IllegalArgumentException badFilter) {
            return SyncOutcome.failed(SyncProgress.NONE, Failures.record(clock.instant(),
                    "MigrationPermanentException", "Source", badFilter.getMessage()));
        }
        ListenerBridge bridge = new ListenerBridge(listener, clock);
        SyncResult result = engine.run(engineJob, journal, bridge);
        bridge.reportHeldFailures(result.failure());
        listener.report(ReportEntry.info(Failures.at(clock.instant()), Outcomes.summary(result, bridge.progress())));
        // An interrupted worker (a shutdown that stopped waiting for the pass) stopped the engine between batches.
        if (Thread.interrupted()) throw new InterruptedException("The sync was interrupted.");
        return Outcomes.of(result, bridge.progress(), clock.instant());
    }
}
