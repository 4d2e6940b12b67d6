package io.migsh.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.UserStatus;
import io.migsh.migration.model.UserStatusSummary;
import org.junit.jupiter.api.Test;

class LifecycleTest {
    @Test
    void a_batch_follows_exchanges_lifecycle() {
        assertTrue(Lifecycle.allows(BatchStatus.Created, BatchStatus.Syncing));
        assertTrue(Lifecycle.allows(BatchStatus.Syncing, BatchStatus.Synced));
        assertTrue(Lifecycle.allows(BatchStatus.Synced, BatchStatus.Completing));
        assertTrue(Lifecycle.allows(BatchStatus.Completing, BatchStatus.Completed));
        assertTrue(Lifecycle.allows(BatchStatus.Stopped, BatchStatus.Syncing));
        assertTrue(Lifecycle.allows(BatchStatus.CompletedWithErrors, BatchStatus.Completing));
        assertFalse(Lifecycle.allows(BatchStatus.Created, BatchStatus.Completing));
        assertFalse(Lifecycle.allows(BatchStatus.Completed, BatchStatus.Syncing));
        assertFalse(Lifecycle.allows(BatchStatus.Stopped, BatchStatus.Completed));
    }

    @Test
    void users_and_requests_only_move_along_their_machines() {
        assertTrue(Lifecycle.allows(UserStatus.Queued, UserStatus.Syncing));
        assertTrue(Lifecycle.allows(UserStatus.Synced, UserStatus.IncrementalSyncing));
        assertTrue(Lifecycle.allows(UserStatus.Completing, UserStatus.Completed));
        assertFalse(Lifecycle.allows(UserStatus.Completed, UserStatus.Syncing));
        assertFalse(Lifecycle.allows(UserStatus.Queued, UserStatus.Completed));
        assertTrue(Lifecycle.allows(RequestStatus.Queued, RequestStatus.InProgress));
        assertTrue(Lifecycle.allows(RequestStatus.Suspended, RequestStatus.Queued));
        assertFalse(Lifecycle.allows(RequestStatus.Completed, RequestStatus.Queued));
        assertFalse(Lifecycle.allows(RequestStatus.Suspended, RequestStatus.Synced));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Lifecycle.check(false, "a batch", BatchStatus.Completed, BatchStatus.Syncing));
        assertEquals("a batch can't move from Completed to Syncing", e.getMessage());
    }

    @Test
    void statuses_roll_up_into_exchanges_summaries() {
        assertEquals(UserStatusSummary.Active, UserStatus.Queued.summary());
        assertEquals(UserStatusSummary.Synced, UserStatus.Synced.summary());
        assertEquals(UserStatusSummary.Failed, UserStatus.IncrementalFailed.summary());
        assertEquals(UserStatusSummary.Stopped, UserStatus.Stopped.summary());
        assertEquals(UserStatusSummary.Completed, UserStatus.CompletedWithWarnings.summary());
    }
}
