package io.migsh.target;

import io.migsh.imap.client.ImapCommandException;
import io.migsh.imap.client.ImapConnection;
import io.migsh.imap.client.ImapCredentials;
import io.migsh.imap.client.ImapEndpoint;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A mailbox on an IMAP server as target: folders created with CREATE and SUBSCRIBE, messages appended with their
 * flags and INTERNALDATE. Appends are batched: one MULTIAPPEND command (RFC 3502) when the server offers it, else
 * APPENDs pipelined with non-synchronizing literals (LITERAL+, RFC 7888), else one APPEND at a time. The commands are
 * issued through Angus's IMAP protocol layer, since Jakarta Mail's Folder.appendMessages sends one APPEND at a time
 * and needs whole messages in memory.
 */
public final class ImapTarget implements MailTarget {
    private final ImapEndpoint endpoint;
    private final ImapCredentials credentials;
    private final Path spoolDir;

    /**
     * @param spoolDir where a message whose exact size is not known up front (a big message streamed from the
     *                 source) is written before its APPEND, which must announce the size; null for the system
     *                 temporary directory
     */
    public ImapTarget(ImapEndpoint endpoint, ImapCredentials credentials, Path spoolDir) {
        this.endpoint = endpoint;
        this.credentials = credentials;
        this.spoolDir = spoolDir;
    }

    public ImapTarget(ImapEndpoint endpoint, ImapCredentials credentials) {
        this(endpoint, credentials, null);
    }

    @Override
    public TargetSession open() throws IOException, TargetRejectedException {
        try {
            return new ImapTargetSession(ImapConnection.open(endpoint, credentials), spoolDir);
        } catch (ImapCommandException e) {
            throw new TargetRejectedException(e.command(), e.getMessage());
        }
    }

    @Override
    public String describe() {
        return "imap://" + credentials.mailboxUser() + "@" + endpoint.host() + ":" + endpoint.effectivePort();
    }
}
