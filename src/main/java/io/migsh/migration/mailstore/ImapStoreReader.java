package io.migsh.migration.mailstore;

import io.migsh.migration.model.ImapServerSettings;
import io.migsh.migration.probe.ImapConnector;
import io.migsh.migration.probe.ImapFolderInfo;
import io.migsh.migration.probe.ImapFolderLister;
import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** Reads a mailbox on an IMAP database: every folder's count and size over STATUS (or FETCH RFC822.SIZE). */
public final class ImapStoreReader {
    private final ImapFolderLister lister;

    public ImapStoreReader(ImapConnector connector) {
        this.lister = new ImapFolderLister(connector);
    }

    public List<FolderStats> read(ImapServerSettings server, String user, char[] password, String authorizationId)
            throws MessagingException {
        List<FolderStats> out = new ArrayList<>();
        for (ImapFolderInfo f : lister.list(server, user, password, authorizationId, null)) {
            List<String> path = f.name().equalsIgnoreCase("INBOX") ? List.of()
                    : Arrays.asList(f.name().split(Pattern.quote(String.valueOf(f.separator()))));
            out.add(new FolderStats(path, f.messages(), f.size(), null, null, null, null));
        }
        return out;
    }
}
