package io.migsh.migration.sync;

import io.migsh.migration.model.ImapServerSettings;
import java.nio.file.Path;

/** Where a user's mail goes: a Maildir in the embedded store, or a mailbox on a real IMAP server. */
public sealed interface TargetMailbox {
    /** The mailbox's primary SMTP address. */
    String primaryAddress();

    /** The largest message the mailbox accepts (its MaxReceiveSize); larger items are skipped as large items. */
    long maxReceiveBytes();

    /**
     * A Maildir++ mailbox in Dovecot's layout: {@code maildir/{cur,new,tmp}} is the Inbox, and each other folder
     * is {@code maildir/.Name} with '.' as the hierarchy separator (e.g. {@code .Archive.2019}).
     */
    record Maildir(String primaryAddress, long maxReceiveBytes, Path maildir) implements TargetMailbox {}

    /**
     * A mailbox on an IMAP server. With a master user, {@code loginUser} is the master and
     * {@code authorizationId} the mailbox's alias: log in with SASL PLAIN carrying that authorization identity
     * (RFC 4616), or where the server only offers LOGIN, as {@code alias*master} (Dovecot's master-user form).
     * Without one, {@code authorizationId} is null and {@code loginUser} is the alias.
     */
    record Imap(String primaryAddress, long maxReceiveBytes, ImapServerSettings server, String loginUser,
            char[] password, String authorizationId) implements TargetMailbox {
        /** Dovecot's master-user login name, {@code alias*master}. */
        public String dovecotMasterLogin() {
            return authorizationId == null ? loginUser : authorizationId + "*" + loginUser;
        }

        @Override
        public String toString() {
            return "Imap[" + primaryAddress + " on " + server.host() + "]";
        }
    }
}
