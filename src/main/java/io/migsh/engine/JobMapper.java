package io.migsh.engine;

import io.migsh.imap.FolderFilter;
import io.migsh.imap.SyncLimits;
import io.migsh.imap.SyncMode;
import io.migsh.imap.client.ImapCredentials;
import io.migsh.imap.client.ImapEndpoint;
import io.migsh.imap.client.ImapSecurity;
import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.model.SyncKind;
import io.migsh.migration.sync.ItemLimits;
import io.migsh.migration.sync.SyncJob;
import io.migsh.migration.sync.TargetMailbox;
import io.migsh.target.ImapTarget;
import io.migsh.target.MailTarget;
import io.migsh.target.MaildirTarget;

/** Translates the migration service's job into the engine's: source, login, target, folders, limits and mode. */
final class JobMapper {
    private JobMapper() {}

    /**
     * The engine's job. The RequestGuid is the journal's key, so every pass of a request continues from the same
     * checkpoints. Throws IllegalArgumentException for a folder filter Exchange would refuse.
     */
    static io.migsh.imap.SyncJob map(SyncJob job) {
        // The CSV's admin forms ("user*admin", "Domain/Admin/User", "#user@domain#admin#") are names the source
        // server itself understands, so they go through LOGIN unchanged.
        ImapCredentials login = ImapCredentials.login(job.credentials().userName(),
                new String(job.credentials().password()));
        return io.migsh.imap.SyncJob.of(job.requestId().toString(), endpoint(job.source()), login, target(job.target()))
                .withFolders(FolderFilter.of(job.folders().include(), job.folders().exclude()),
                        blankToNull(job.folders().targetRootFolder()))
                .withLimits(limits(job.limits(), job.target().maxReceiveBytes())
                        .withRetries(job.retries().retriesPerPass(), job.retries().firstPause()))
                .withMode(mode(job.kind()))
                .withUserRoot(blankToNull(job.credentials().userRoot()));
    }

    /**
     * Where a server is. Exchange's Basic and Ntlm both log in with LOGIN here, as Test-MigrationServerAvailability
     * does, since the engine speaks no NTLM.
     */
    static ImapEndpoint endpoint(ImapServerSettings server) {
        ImapEndpoint e = ImapEndpoint.of(server.host(), server.port(), security(server.security()));
        return server.acceptUntrustedCertificates() ? e.trustingAllCertificates() : e;
    }

    static ImapSecurity security(io.migsh.migration.model.ImapSecurity security) {
        return switch (security) {
            case None -> ImapSecurity.NONE;
            case Ssl -> ImapSecurity.SSL;
            case Tls -> ImapSecurity.TLS;
        };
    }

    static MailTarget target(TargetMailbox target) {
        if (target instanceof TargetMailbox.Maildir m) return new MaildirTarget(m.maildir());
        TargetMailbox.Imap imap = (TargetMailbox.Imap) target;
        return new ImapTarget(endpoint(imap.server()), targetLogin(imap));
    }

    /**
     * A master user acts for the mailbox: SASL PLAIN with the mailbox as authorization identity, or where the
     * server has no PLAIN, LOGIN as "alias*master" (the engine falls back by itself).
     */
    static ImapCredentials targetLogin(TargetMailbox.Imap imap) {
        String password = new String(imap.password());
        return imap.authorizationId() == null ? ImapCredentials.login(imap.loginUser(), password)
                : ImapCredentials.onBehalfOf(imap.loginUser(), password, imap.authorizationId());
    }

    /** The mailbox's MaxReceiveSize is the item size limit; Unlimited is the engine's -1. */
    static SyncLimits limits(ItemLimits limits, long maxReceiveBytes) {
        SyncLimits d = SyncLimits.DEFAULTS;
        return new SyncLimits(maxReceiveBytes, limits.largeItemLimit().toStored(), limits.badItemLimit().toStored(),
                limits.maxItems(), d.maxRetries(), d.retryDelay());
    }

    /** The journal decides what a pass copies; the final pass before completion is an incremental one. */
    static SyncMode mode(SyncKind kind) {
        return kind == SyncKind.Initial ? SyncMode.INITIAL : SyncMode.INCREMENTAL;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
