package io.migsh.migration.sync;

import io.migsh.migration.model.FailureRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The synchronizer used when this build has no sync engine on its class path (none registered through
 * {@code META-INF/services/io.migsh.migration.sync.MailboxSynchronizer}): every pass fails with a message that says
 * so, and the admin sees it in the user's Error, instead of users waiting forever.
 */
public final class EngineNotInstalled implements MailboxSynchronizer {
    @Override
    public SyncOutcome synchronize(SyncJob job, SyncListener listener) {
        return SyncOutcome.failed(SyncProgress.NONE, new FailureRecord(OffsetDateTime.now(ZoneOffset.UTC),
                "MigrationPermanentException", -2146233088, "Target", null,
                "No mail synchronizer is installed in this build of migsh, so no mail can be copied."));
    }
}
