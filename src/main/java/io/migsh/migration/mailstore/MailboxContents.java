package io.migsh.migration.mailstore;

import io.migsh.migration.model.DatabaseKind;
import io.migsh.migration.model.Mailbox;
import io.migsh.migration.model.MailboxDatabase;
import io.migsh.migration.probe.ImapConnector;
import io.migsh.store.SecretBox;
import jakarta.mail.MessagingException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What a target mailbox holds, read from wherever its database keeps it. */
public final class MailboxContents {
    private MailboxContents() {}

    public static List<FolderStats> read(Mailbox m, MailboxDatabase db, SecretBox secrets) throws MessagingException {
        if (db.kind() == DatabaseKind.Maildir) {
            return MaildirReader.read(Path.of(db.edbFilePath()).resolve(m.primarySmtpAddress().toLowerCase(Locale.ROOT)));
        }
        ImapStoreReader reader = new ImapStoreReader(new ImapConnector());
        if (db.masterUser() != null) {
            return reader.read(db.server(), db.masterUser(), secrets.open(db.masterPasswordSecret()), m.alias());
        }
        if (m.passwordSecret() == null) {
            throw new MessagingException("The mailbox '" + m.primarySmtpAddress() + "' has no password and its "
                    + "database '" + db.name() + "' has no master user, so migsh can't log in to read it.");
        }
        return reader.read(db.server(), m.alias(), secrets.open(m.passwordSecret()), null);
    }
}
