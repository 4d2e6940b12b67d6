package io.migsh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.imap.FailureSide;
import io.migsh.imap.SkippedItem;
import io.migsh.imap.SyncFailure;
import io.migsh.migration.model.ReportEntry;
import io.migsh.migration.sync.SyncProgress;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListenerBridgeTest {
    private final RecordingSyncListener service = new RecordingSyncListener();
    private static final Instant NOW = Instant.parse("2024-06-01T08:00:00Z");
    private final ListenerBridge bridge = new ListenerBridge(service, java.time.Clock.fixed(NOW,
            java.time.ZoneOffset.UTC));

    private static SkippedItem item(String kind, String subject, boolean repeated) {
        OffsetDateTime received = OffsetDateTime.parse("2024-04-01T10:00:00Z");
        return new SkippedItem(kind, "Archive/2019", subject, received, received.minusMinutes(2),
                "Alice <alice@old.example>", "Bob <bob@old.example>", 52_428_800, "too big", "Archive/2019|7|42",
                repeated);
    }

    @Test
    void progress_counts_copies_of_this_pass_and_only_skipped_items_new_in_it() {
        // The engine's bad and large counts are the mailbox's state (2 large, 1 bad), not this pass's.
        bridge.progress(new io.migsh.imap.SyncProgress("INBOX", 20, 4000, 6, 4, 800, 15, 1, 2));
        assertEquals(new SyncProgress(20, 4000, 6, 4, 800, 0, 0, 0), service.progress.get(0));

        bridge.skipped(item(SkippedItem.LARGE_ITEM, "Holiday photos", true));
        bridge.skipped(item(SkippedItem.LARGE_ITEM, "Scans", false));
        bridge.skipped(item(SkippedItem.BAD_ITEM, "Broken", false));

        assertEquals(new SyncProgress(20, 4000, 8, 4, 800, 2, 1, 1), bridge.progress());
        assertEquals(List.of("Scans", "Broken"), service.skipped.stream().map(i -> i.subject()).toList());
        io.migsh.migration.model.SkippedItem scans = service.skipped.get(0);
        assertEquals(new io.migsh.migration.model.SkippedItem("LargeItem", "Archive/2019", "Scans",
                OffsetDateTime.parse("2024-04-01T10:00:00Z"), OffsetDateTime.parse("2024-04-01T09:58:00Z"),
                "Alice <alice@old.example>", "Bob <bob@old.example>", 52_428_800, "too big"), scans);
    }

    @Test
    void retried_failures_are_reported_at_once_and_permanent_ones_at_the_end_except_the_fatal_one() {
        Instant at = Instant.parse("2024-06-03T09:00:00Z");
        SyncFailure retried = new SyncFailure(at, "CommunicationErrorTransientException", FailureSide.Source, "INBOX",
                "Connection reset", true);
        SyncFailure folder = new SyncFailure(at, "MigrationPermanentException", FailureSide.Source, "Shared",
                "Imap server sent NO response to SelectCommand.", false);
        SyncFailure fatal = new SyncFailure(at, "TooManyBadItemsPermanentException", FailureSide.Target, "Sent",
                "This mailbox exceeded the maximum number of corrupted items", false);
        bridge.failure(retried);
        bridge.failure(folder);
        bridge.failure(fatal);
        assertEquals(List.of("Connection reset"), service.report.stream().map(ReportEntry::message).toList());
        assertEquals("CommunicationErrorTransientException", service.report.get(0).failure().failureType());

        bridge.reportHeldFailures(fatal);
        assertEquals(List.of("Connection reset", "Imap server sent NO response to SelectCommand."),
                service.report.stream().map(ReportEntry::message).toList());
        assertEquals("Shared", service.report.get(1).failure().failureContext());
    }

    @Test
    void steps_become_report_lines_naming_their_folder() {
        bridge.event(null, "Connected to the source.");
        bridge.event("Archive/2019", "Folder skipped: excluded.");
        assertEquals(List.of("Connected to the source.", "Folder 'Archive/2019': Folder skipped: excluded."),
                service.report.stream().map(ReportEntry::message).toList());
        assertEquals(List.of(NOW, NOW), service.report.stream().map(e -> e.timestamp().toInstant()).toList(),
                "report lines are stamped with the session's clock");
    }

    @Test
    void the_engine_stops_when_the_service_cancels_or_interrupts_the_pass() {
        assertFalse(bridge.stopRequested());
        service.cancelled = true;
        assertTrue(bridge.stopRequested());
        service.cancelled = false;
        Thread.currentThread().interrupt();
        try {
            assertTrue(bridge.stopRequested());
        } finally {
            Thread.interrupted();
        }
    }
}
