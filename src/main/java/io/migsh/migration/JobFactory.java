package io.migsh.migration;

import io.migsh.migration.model.DatabaseKind;
import io.migsh.migration.model.Mailbox;
import io.migsh.migration.model.MailboxDatabase;
import io.migsh.migration.model.SyncKind;
import io.migsh.migration.model.SyncRequest;
import io.migsh.migration.sync.FolderFilter;
import io.migsh.migration.sync.ItemLimits;
import io.migsh.migration.sync.RetryPolicy;
import io.migsh.migration.sync.SourceCredentials;
import io.migsh.migration.sync.SyncJob;
import io.migsh.migration.sync.TargetMailbox;
import io.migsh.store.Repositories;
import io.migsh.store.SecretBox;
import java.nio.file.Path;
import java.util.Locale;

/** Builds the engine's job for a claimed request: opens the sealed passwords and resolves the target mailbox. */
final class JobFactory {
    private JobFactory() {}

    static SyncJob build(Repositories r, SecretBox secrets, SyncRequest q, SyncKind kind, RetryPolicy retries) {
        Mailbox m = r.mailboxes().byId(q.mailboxId()).orElseThrow();
        MailboxDatabase db = r.databases().byId(m.databaseId()).orElseThrow();
        return new SyncJob(q.id(), q.name(), kind, q.server(),
                new SourceCredentials(q.login().userName(), secrets.open(q.login().passwordSecret()),
                        q.login().userRoot(), q.login().remoteEmailAddress()),
                target(secrets, m, db),
                new FolderFilter(q.options().includeFolders(), q.options().excludeFolders(),
                        q.options().targetRootFolder()),
                new ItemLimits(q.options().badItemLimit(), q.options().largeItemLimit(), ItemLimits.EXCHANGE_MAX_ITEMS),
                retries);
    }

    /** Where the mailbox lives; an IMAP database needs the mailbox's password or a master user. */
    static TargetMailbox target(SecretBox secrets, Mailbox m, MailboxDatabase db) {
        long max = m.maxReceiveSize().bytes();
        if (db.kind() == DatabaseKind.Maildir) {
            return new TargetMailbox.Maildir(m.primarySmtpAddress(), max, maildir(db, m));
        }
        if (db.masterUser() != null) {
            return new TargetMailbox.Imap(m.primarySmtpAddress(), max, db.server(), db.masterUser(),
                    secrets.open(db.masterPasswordSecret()), m.alias());
        }
        if (m.passwordSecret() == null) {
            throw new IllegalStateException("The target mailbox '" + m.primarySmtpAddress() + "' has no password and "
                    + "its database '" + db.name() + "' has no master user, so migsh can't log in to it. Set one "
                    + "with Set-Mailbox -Password, or create the database with -MasterUser and -MasterPassword.");
        }
        return new TargetMailbox.Imap(m.primarySmtpAddress(), max, db.server(), m.alias(),
                secrets.open(m.passwordSecret()), null);
    }

    /** A Maildir store keeps each mailbox in a folder named by its primary address. */
    static Path maildir(MailboxDatabase db, Mailbox m) {
        return Path.of(db.edbFilePath()).resolve(m.primarySmtpAddress().toLowerCase(Locale.ROOT));
    }
}
