package io.migsh.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.imap.SyncLimits;
import io.migsh.imap.SyncMode;
import io.migsh.imap.client.ImapAuthMethod;
import io.migsh.imap.client.ImapCredentials;
import io.migsh.imap.client.ImapEndpoint;
import io.migsh.migration.model.AuthenticationMethod;
import io.migsh.migration.model.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.SyncKind;
import io.migsh.migration.model.Unlimited;
import io.migsh.migration.sync.FolderFilter;
import io.migsh.migration.sync.ItemLimits;
import io.migsh.migration.sync.RetryPolicy;
import io.migsh.migration.sync.SourceCredentials;
import io.migsh.migration.sync.SyncJob;
import io.migsh.migration.sync.TargetMailbox;
import io.migsh.target.ImapTarget;
import io.migsh.target.MaildirTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class JobMapperTest {
    private static final UUID REQUEST = UUID.fromString("8c5b0f0e-5d4f-4a67-9c1e-3f1d2b7a9e10");
    private static final ImapServerSettings SOURCE = new ImapServerSettings("imap.old.example", 10993,
            ImapSecurity.Ssl, AuthenticationMethod.Basic, true);
    private static final TargetMailbox MAILDIR = new TargetMailbox.Maildir("alice@contoso.com", 36_700_160,
            Path.of("/srv/mailstore/alice@contoso.com"));

    private static SyncJob job(SourceCredentials login, TargetMailbox target, FolderFilter folders, ItemLimits limits,
            SyncKind kind) {
        return new SyncJob(REQUEST, "MigrationService:wave1", kind, SOURCE, login, target, folders, limits,
                RetryPolicy.DEFAULT);
    }

    private static SyncJob job(SyncKind kind) {
        return job(new SourceCredentials("alice*admin", "s3cret".toCharArray(), "/users/alice", "alice@contoso.com"),
                MAILDIR, new FolderFilter(List.of(), List.of(), null),
                new ItemLimits(Unlimited.of(5), Unlimited.UNLIMITED, ItemLimits.EXCHANGE_MAX_ITEMS), kind);
    }

    @Test
    void the_request_guid_is_the_journal_key_and_the_csv_login_goes_through_login_unchanged() {
        io.migsh.imap.SyncJob mapped = JobMapper.map(job(SyncKind.Initial));
        assertEquals(REQUEST.toString(), mapped.mailboxKey());
        assertEquals(new ImapCredentials("alice*admin", "s3cret", ImapAuthMethod.LOGIN, null), mapped.credentials());
        assertEquals("/users/alice", mapped.userRoot());
        assertEquals(new ImapEndpoint("imap.old.example", 10993, io.migsh.imap.client.ImapSecurity.SSL, true,
                ImapEndpoint.DEFAULT_CONNECT_TIMEOUT, ImapEndpoint.DEFAULT_READ_TIMEOUT), mapped.source());
        assertEquals(Path.of("/srv/mailstore/alice@contoso.com"), ((MaildirTarget) mapped.target()).maildir());
    }

    @Test
    void each_security_mechanism_and_certificate_trust_is_carried_over() {
        assertEquals(io.migsh.imap.client.ImapSecurity.NONE, JobMapper.security(ImapSecurity.None));
        assertEquals(io.migsh.imap.client.ImapSecurity.SSL, JobMapper.security(ImapSecurity.Ssl));
        assertEquals(io.migsh.imap.client.ImapSecurity.TLS, JobMapper.security(ImapSecurity.Tls));
        ImapEndpoint strict = JobMapper.endpoint(new ImapServerSettings("mail.example", 143, ImapSecurity.Tls,
                AuthenticationMethod.Ntlm, false));
        assertFalse(strict.trustAllCerts());
        assertEquals(143, strict.effectivePort());
        assertEquals(io.migsh.imap.client.ImapSecurity.TLS, strict.security());
    }

    @Test
    void item_limits_and_max_receive_size_become_the_engines_limits() {
        SyncLimits limits = JobMapper.map(job(SyncKind.Initial)).limits();
        assertEquals(36_700_160, limits.maxItemSize());
        assertEquals(5, limits.badItemLimit());
        assertEquals(-1, limits.largeItemLimit(), "Unlimited");
        assertEquals(500_000, limits.itemLimit());
        assertEquals(SyncLimits.DEFAULTS.maxRetries(), limits.maxRetries());
        assertEquals(SyncLimits.DEFAULTS.retryDelay(), limits.retryDelay());
    }

    @Test
    void the_services_retry_policy_sets_the_engines_retries_within_a_pass() {
        SyncJob quick = new SyncJob(REQUEST, "MigrationService:wave1", SyncKind.Initial, SOURCE,
                new SourceCredentials("alice", "pw".toCharArray(), null, "alice@contoso.com"), MAILDIR,
                new FolderFilter(List.of(), List.of(), null), new ItemLimits(Unlimited.of(0), Unlimited.of(0), 100),
                new RetryPolicy(2, java.time.Duration.ofMillis(100), 2, java.time.Duration.ofSeconds(1)));
        SyncLimits limits = JobMapper.map(quick).limits();
        assertEquals(2, limits.maxRetries());
        assertEquals(java.time.Duration.ofMillis(100), limits.retryDelay());
    }

    /** The engine keeps its own defaults for use on its own; they must be the service's. */
    @Test
    void the_engines_default_retries_are_the_services_default_policy() {
        assertEquals(RetryPolicy.DEFAULT.retriesPerPass(), SyncLimits.DEFAULTS.maxRetries());
        assertEquals(RetryPolicy.DEFAULT.firstPause(), SyncLimits.DEFAULTS.retryDelay());
    }

    @Test
    void initial_passes_are_initial_and_later_ones_incremental() {
        assertEquals(SyncMode.INITIAL, JobMapper.map(job(SyncKind.Initial)).mode());
        assertEquals(SyncMode.INCREMENTAL, JobMapper.map(job(SyncKind.Incremental)).mode());
        assertEquals(SyncMode.INCREMENTAL, JobMapper.map(job(SyncKind.Final)).mode());
    }

    @Test
    void folder_filters_and_the_target_root_folder_are_carried_over() {
        SyncJob j = job(new SourceCredentials("alice", "pw".toCharArray(), " ", "alice@contoso.com"), MAILDIR,
                new FolderFilter(List.of("Projects/*", "#Inbox#"), List.of("Projects/Old"), "Imported/Old mail"),
                new ItemLimits(Unlimited.of(0), Unlimited.of(0), 100), SyncKind.Initial);
        io.migsh.imap.SyncJob mapped = JobMapper.map(j);
        assertEquals("Imported/Old mail", mapped.targetRootFolder());
        assertNull(mapped.userRoot(), "a blank UserRoot is none");
        io.migsh.imap.FolderFilter f = mapped.folderFilter();
        assertTrue(f.accepts(List.of("Projects", "New"), null, 0));
        assertTrue(f.accepts(List.of("INBOX"), io.migsh.target.SpecialFolder.INBOX, 0));
        assertFalse(f.accepts(List.of("Projects", "Old"), null, 0));
        assertFalse(f.accepts(List.of("Travel"), null, 0));
        assertNull(JobMapper.map(job(SyncKind.Initial)).targetRootFolder());
    }

    @Test
    void a_well_known_folder_exchange_does_not_know_is_refused() {
        SyncJob j = job(new SourceCredentials("alice", "pw".toCharArray(), null, "alice@contoso.com"), MAILDIR,
                new FolderFilter(List.of("#Nonsense#"), List.of(), null),
                new ItemLimits(Unlimited.of(0), Unlimited.of(0), 100), SyncKind.Initial);
        assertThrows(IllegalArgumentException.class, () -> JobMapper.map(j));
    }

    @Test
    void an_imap_target_logs_in_as_the_mailbox_or_as_a_master_user_acting_for_it() {
        ImapServerSettings server = new ImapServerSettings("mx.contoso.com", 993, ImapSecurity.Ssl,
                AuthenticationMethod.Basic, false);
        TargetMailbox.Imap master = new TargetMailbox.Imap("bob@contoso.com", 1024, server, "migsh-master",
                "m4ster".toCharArray(), "bob");
        assertEquals(new ImapCredentials("migsh-master", "m4ster", ImapAuthMethod.PLAIN, "bob"),
                JobMapper.targetLogin(master));
        TargetMailbox.Imap own = new TargetMailbox.Imap("bob@contoso.com", 1024, server, "bob", "b0b".toCharArray(),
                null);
        assertEquals(ImapCredentials.login("bob", "b0b"), JobMapper.targetLogin(own));
        ImapTarget target = (ImapTarget) JobMapper.target(master);
        assertEquals("imap://bob@mx.contoso.com:993", target.describe());
    }
}
