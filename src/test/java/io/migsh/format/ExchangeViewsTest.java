package io.migsh.format;

import static io.migsh.format.Objects.typed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.runtime.PsObject;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExchangeViewsTest {
    private final OutputFormatter formatter = new OutputFormatter(ViewRegistry.standard());

    /** The column labels of the object's table, single-spaced. */
    private String headerOf(PsObject o) {
        return String.join(" ", formatter.lines(List.of(o), 200).get(1).trim().split(" +"));
    }

    @Test
    void each_exchange_type_has_the_columns_exchange_online_shows() {
        assertEquals("Identity Status Type TotalCount", headerOf(typed(ExchangeViews.MIGRATION_BATCH, "Identity", "b",
                "Status", "Created", "MigrationType", "IMAP", "TotalCount", 1, "ActiveCount", 0)));
        assertEquals("Identity Batch Status LastSyncTime", headerOf(typed(ExchangeViews.MIGRATION_USER, "Identity",
                "a@contoso.com", "BatchId", "b", "Status", "Queued", "LastSuccessfulSyncTime", null)));
        assertEquals("Identity EndpointType RemoteServer", headerOf(typed(ExchangeViews.MIGRATION_ENDPOINT,
                "Identity", "src", "EndpointType", "IMAP", "RemoteServer", "imap.old.example", "Port", 993)));
        assertEquals("Name Mailbox Status", headerOf(typed(ExchangeViews.SYNC_REQUEST, "Name", "Sync",
                "Mailbox", "alice@contoso", "Status", "Queued", "RemoteServerName", "imap.old.example")));
        assertEquals("Name StatusDetail TargetAlias PercentComplete", headerOf(typed(
                ExchangeViews.SYNC_REQUEST_STATISTICS, "Name", "Sync", "StatusDetail", "InProgress", "TargetAlias",
                "alice", "PercentComplete", 40)));
        assertEquals("Name Alias Database ProhibitSendQuota ExternalDirectoryObjectId", headerOf(typed(
                ExchangeViews.MAILBOX, "Name", "alice", "Alias", "alice", "Database", "Default", "ProhibitSendQuota",
                "Unlimited", "ExternalDirectoryObjectId", "")));
    }

    @Test
    void migration_users_print_their_last_sync_time_as_a_short_date() {
        PsObject user = typed(ExchangeViews.MIGRATION_USER, "Identity", "alice@contoso.com", "BatchId", "wave1",
                "Status", "Synced", "LastSuccessfulSyncTime", OffsetDateTime.parse("2026-03-02T14:05:09Z"));
        assertEquals("""

                Identity          Batch Status LastSyncTime
                --------          ----- ------ ------------
                alice@contoso.com wave1 Synced 3/2/2026 2:05:09 PM

                """, formatter.format(List.of(user), 120));
    }

    @Test
    void format_list_of_an_exchange_object_shows_all_its_properties() {
        PsObject batch = typed(ExchangeViews.MIGRATION_BATCH, "Identity", "wave1", "Status", "Syncing",
                "MigrationType", "IMAP", "TotalCount", 2, "ExcludedFolders", List.of("Deleted Items", "Junk Email"));
        FormatRequest request = new FormatRequest(FormatShape.List, List.of(), false, null, false, null, false, 0, 4);
        List<FormatItem> items = new java.util.ArrayList<>();
        OutputFormatter.shape(ViewRegistry.standard(), request, List.of(batch), items::add);
        assertEquals("""

                Identity        : wave1
                Status          : Syncing
                MigrationType   : IMAP
                TotalCount      : 2
                ExcludedFolders : {Deleted Items, Junk Email}

                """, formatter.format(new java.util.ArrayList<>(items), 120));
    }
}
