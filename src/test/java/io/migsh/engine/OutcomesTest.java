package io.migsh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.imap.FailureSide;
import io.migsh.imap.FailureTypes;
import io.migsh.imap.SyncFailure;
import io.migsh.imap.SyncMode;
import io.migsh.imap.SyncResult;
import io.migsh.migration.model.FailureRecord;
import io.migsh.migration.sync.SyncOutcome;
import io.migsh.migration.sync.SyncProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutcomesTest {
    private static final SyncProgress PROGRESS = new SyncProgress(12, 0, 10, 9, 9000, 1, 0, 1);
    private static final Instant AT = Instant.parse("2024-06-03T09:15:30.123456789Z");

    private static SyncResult result(io.migsh.imap.SyncOutcome outcome, SyncFailure failure) {
        return new SyncResult(SyncMode.INITIAL, outcome, failure, List.of(), 12, 11, 9, 1, 0, 9000, 0,
                Duration.ofMillis(1500));
    }

    @Test
    void completed_passes_succeed_with_folder_failures_left_to_the_report() {
        for (io.migsh.imap.SyncOutcome o : List.of(io.migsh.imap.SyncOutcome.COMPLETED,
                io.migsh.imap.SyncOutcome.COMPLETED_WITH_ERRORS)) {
            SyncOutcome mapped = Outcomes.of(result(o, null),
                PROGRESS, java.time.Instant.EPOCH);
            assertTrue(mapped.succeeded(), o.name());
            assertEquals(PROGRESS, mapped.progress());
        }
    }

    @Test
    void a_permanent_failure_fails_the_user_with_exchanges_type_side_context_and_text() {
        SyncFailure f = new SyncFailure(AT, FailureTypes.TOO_MANY_LARGE_ITEMS, FailureSide.Source, "INBOX",
                FailureTypes.TOO_MANY_LARGE_ITEMS_TEXT, false);
        SyncOutcome mapped = Outcomes.of(result(io.migsh.imap.SyncOutcome.FAILED, f),
                PROGRESS, java.time.Instant.EPOCH);
        assertFalse(mapped.transientFailure());
        assertEquals(new FailureRecord(java.time.OffsetDateTime.parse("2024-06-03T09:15:30.123456Z"),
                "TooManyLargeItemsPermanentException", -2146233088, "Source", "INBOX",
                "This mailbox exceeded the maximum number of large items that were specified for this request."),
                mapped.failure());
        assertEquals(PROGRESS, mapped.progress());
    }

    @Test
    void transient_failures_are_retried_by_the_service_even_when_the_engine_gave_up_retrying() {
        SyncFailure gaveUp = new SyncFailure(AT, FailureTypes.MIGRATION_TRANSIENT, FailureSide.Target, "Sent",
                "The sync failed after 5 retries. --> Connection reset", false);
        SyncOutcome mapped = Outcomes.of(result(io.migsh.imap.SyncOutcome.FAILED, gaveUp),
                PROGRESS, java.time.Instant.EPOCH);
        assertTrue(mapped.transientFailure());
        assertEquals("Error: MigrationTransientException: The sync failed after 5 retries. --> Connection reset",
                mapped.failure().errorText());
        assertEquals("Target", mapped.failure().failureSide());
    }

    @Test
    void a_stopped_pass_is_a_transient_failure_so_that_nothing_counts_it_as_synced() {
        SyncOutcome mapped = Outcomes.of(result(io.migsh.imap.SyncOutcome.STOPPED, null), PROGRESS,
                java.time.Instant.EPOCH);
        assertTrue(mapped.transientFailure());
        assertEquals(java.time.Instant.EPOCH, mapped.failure().timestamp().toInstant(), "the time passed in");
        assertEquals("MigrationTransientException", mapped.failure().failureType());
        assertNull(mapped.failure().failureContext());
    }

    @Test
    void the_summary_line_counts_the_pass() {
        assertEquals("Initial sync pass completed: 9 items copied (9000 bytes), 1 new skipped items, 11 of 12 "
                + "source items in the target, in 1500 ms.", Outcomes.summary(result(
                        io.migsh.imap.SyncOutcome.COMPLETED, null), PROGRESS));
    }
}
