package io.migsh.target;

import java.io.IOException;

/** A mail store that receives migrated mail: a Maildir on disk or a folder tree on an IMAP server. */
public interface MailTarget {
    /**
     * Opens a session for one mailbox sync. IOException means a transient problem (network, disk) worth retrying;
     * {@link TargetRejectedException} a permanent one (bad login, no such mailbox).
     */
    TargetSession open() throws IOException, TargetRejectedException;

    /** A short text for logs and reports, e.g. "maildir:/var/migsh/mail/alice@contoso.com". */
    String describe();
}
