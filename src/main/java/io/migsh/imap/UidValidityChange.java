package io.migsh.imap;

import io.migsh.imap.client.ImapCommandException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The source renumbered a folder (new UIDVALIDITY, RFC 3501 section 2.3.1.1): the journal's UIDs mean nothing any
 * more. Messages are re-identified by Message-ID, size and INTERNALDATE, one to one, and their records moved to the
 * new UIDs; what cannot be matched is copied again by the pass that follows. No duplicates for matched messages.
 */
final class UidValidityChange {
    private final SyncRun run;
    private final String folder;
    private final String path;

    UidValidityChange(SyncRun run, String folder, String path) {
        this.run = run;
        this.folder = folder;
        this.path = path;
    }

    private static String identity(String messageId, long size, java.time.Instant date) {
        return messageId + "|" + size + "|" + (date == null ? "" : date.getEpochSecond());
    }

    void follow(long oldValidity, FolderStatus now) throws IOException, ImapCommandException {
        String key = run.job().mailboxKey();
        List<MessageRecord> old = new ArrayList<>(run.journal().messages(key, folder, oldValidity, 0));
        long exists = run.source().examine(folder);
        List<ImapSource.IdentifiedMessage> current = run.source().identify(exists);
        Map<Long, Long> renumbered = new HashMap<>();
        Map<String, Deque<MessageRecord>> byIdentity = new HashMap<>();
        for (MessageRecord r : old) {
            byIdentity.computeIfAbsent(identity(r.messageId(), r.size(), r.internalDate()), k -> new ArrayDeque<>())
                    .add(r);
        }
        for (ImapSource.IdentifiedMessage m : current) {
            Deque<MessageRecord> same = byIdentity.get(identity(m.messageId(), m.message().size(),
                    m.message().instant()));
            if (same != null && !same.isEmpty()) renumbered.put(same.poll().uid(), m.message().uid());
        }
        run.journal().renumber(key, folder, oldValidity, now.uidValidity(), renumbered);
        run.listener().event(path, "UIDVALIDITY changed from " + oldValidity + " to " + now.uidValidity() + ": "
                + renumbered.size() + " messages recognised, " + (current.size() - renumbered.size())
                + " to copy.");
    }
}
