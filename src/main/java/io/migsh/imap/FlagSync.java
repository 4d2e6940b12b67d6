package io.migsh.imap;

import io.migsh.imap.client.ImapCommandException;
import io.migsh.target.MessageFlags;
import io.migsh.target.TargetFolder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Carries flag changes of copied messages to their copies, using CONDSTORE (RFC 7162): one FETCH of the messages
 * whose mod-sequence grew since the checkpoint, instead of a pass over all flags.
 */
final class FlagSync {
    private final SyncRun run;
    private final String folder;
    private final String path;
    private final TargetFolder target;

    FlagSync(SyncRun run, String folder, String path, TargetFolder target) {
        this.run = run;
        this.folder = folder;
        this.path = path;
        this.target = target;
    }

    void carry(long validity, long sinceModSeq, long maxUid) throws IOException, ImapCommandException {
        if (maxUid <= 0) return;
        Map<Long, MessageFlags> changed = run.source().changedSince(sinceModSeq, maxUid);
        if (changed.isEmpty()) return;
        String key = run.job().mailboxKey();
        Map<Long, MessageRecord> copies = run.journal().copied(key, folder, validity, changed.keySet());
        List<MessageRecord> updated = new ArrayList<>();
        for (Map.Entry<Long, MessageRecord> e : copies.entrySet()) {
            MessageFlags now = changed.get(e.getKey());
            MessageRecord r = e.getValue();
            if (r.targetRef() == null || now.equals(r.flags())) continue;
            try {
                target.setFlags(r.targetRef(), now);
            } catch (IOException ex) {
                throw new TargetIOException(ex);
            }
            updated.add(r.withFlags(now));
        }
        run.journal().recordResults(key, folder, validity, updated);
        if (!updated.isEmpty()) run.listener().event(path, "Flags updated on " + updated.size() + " messages.");
    }
}
