package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.migsh.target.ImapTarget;
import io.migsh.target.MailTarget;
import io.migsh.target.MaildirTarget;
import io.migsh.target.TargetSession;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A source with both "Drafts" and "Entwürfe" (the harness corpus has both): Drafts is the special folder, Entwürfe an
 * ordinary one. When an earlier pass, killed early, created only "Entwürfe" on the target, the next pass must not take
 * it for the target's drafts folder: that put the source's Drafts into Entwürfe after a crash.
 */
class SpecialFolderStabilityTest extends SyncTestBase {
    private static final Map<String, String> NAMES = Map.of("Sent Items", "Sent");

    private void addSourceDrafts() throws Exception {
        try (MailboxSeeder s = new MailboxSeeder(source.port(), "alice", "secret1")) {
            s.append("Drafts", List.of(TestMessage.of("Plan", "\\Draft", "2024-04-04T04:04:04Z")));
        }
    }

    private void syncAfterAnEarlierPassCreated(MailTarget t, String folder) throws Exception {
        addSourceDrafts();
        try (TargetSession s = t.open()) {
            s.createFolder(folder);
        }
        SyncResult r = new MailboxSync().run(job(t), db.journal(), null);
        assertEquals(SyncOutcome.COMPLETED, r.outcome(), () -> String.valueOf(r.failure()));
    }

    @Test
    void maildir_keeps_drafts_and_entwuerfe_apart_when_entwuerfe_exists_already() throws Exception {
        Path maildir = tmp.resolve("alice");
        syncAfterAnEarlierPassCreated(new MaildirTarget(maildir), "Entwürfe");
        assertEquals(renamed(sourceSnapshot(), NAMES), MailboxSnapshot.ofMaildir(maildir));
    }

    @Test
    void imap_target_keeps_drafts_and_entwuerfe_apart_when_entwuerfe_exists_already() throws Exception {
        syncAfterAnEarlierPassCreated(new ImapTarget(target.endpoint(), target.login("bob", "secret2")), "Entwürfe");
        assertEquals(sourceSnapshot(), MailboxSnapshot.ofImap(target.endpoint(), "bob", "secret2"));
    }

    @Test
    void a_target_folder_named_like_drafts_that_no_source_folder_takes_is_still_the_drafts_folder() throws Exception {
        Path maildir = tmp.resolve("alice");
        syncAfterAnEarlierPassCreated(new MaildirTarget(maildir), "Brouillons");
        assertEquals(renamed(sourceSnapshot(), Map.of("Sent Items", "Sent", "Drafts", "Brouillons")),
                MailboxSnapshot.ofMaildir(maildir));
    }
}
