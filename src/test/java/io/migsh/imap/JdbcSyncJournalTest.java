package io.migsh.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.migsh.target.MessageFlags;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JdbcSyncJournalTest {
    private final SyncJournal journal = new JournalDatabase().journal();

    private static MessageRecord record(long uid, MessageState state, String ref) {
        return new MessageRecord(uid, state, 1000 + uid, Instant.ofEpochSecond(1_600_000_000L + uid), "<" + uid + "@x>",
                "Subject " + uid, "u" + uid, "7:100", ref, MessageFlags.parse("\\Seen $Label1"));
    }

    @Test
    void keeps_checkpoints_per_mailbox_and_folder() {
        assertEquals(Optional.empty(), journal.checkpoint("alice", "INBOX"));
        journal.saveCheckpoint("alice", new FolderCheckpoint("INBOX", "INBOX", 7, 120, 0));
        journal.saveCheckpoint("alice", new FolderCheckpoint("INBOX", "INBOX", 7, 150, 33));
        journal.saveCheckpoint("bob", new FolderCheckpoint("INBOX", "INBOX", 9, 5, 0));
        assertEquals(Optional.of(new FolderCheckpoint("INBOX", "INBOX", 7, 150, 33)),
                journal.checkpoint("alice", "INBOX"));
        assertEquals(1, journal.checkpoints("bob").size());
    }

    @Test
    void an_intent_is_replaced_by_its_result_and_round_trips_every_field() {
        journal.recordIntents("alice", "Sent", 7, List.of(record(1, MessageState.COPIED, null), record(2, null, null)));
        List<MessageRecord> pending = journal.messages("alice", "Sent", 7, 0);
        assertEquals(List.of(MessageState.INTENT, MessageState.INTENT), pending.stream().map(MessageRecord::state).toList());
        journal.recordResults("alice", "Sent", 7, List.of(record(1, MessageState.COPIED, "7:41")));
        List<MessageRecord> after = journal.messages("alice", "Sent", 7, 0);
        assertEquals(record(1, MessageState.COPIED, "7:41"), after.get(0));
        assertEquals(MessageState.INTENT, after.get(1).state());
    }

    @Test
    void a_pass_sees_records_above_the_checkpoint_and_every_record_not_yet_copied() {
        journal.recordResults("alice", "INBOX", 7, List.of(record(1, MessageState.COPIED, "r1"),
                record(2, MessageState.LARGE, null), record(3, MessageState.COPIED, "r3"),
                record(4, MessageState.BAD, null), record(5, MessageState.COPIED, "r5")));
        journal.recordIntents("alice", "INBOX", 7, List.of(record(6, null, null)));
        List<Long> uids = journal.messages("alice", "INBOX", 7, 3).stream().map(MessageRecord::uid).toList();
        assertEquals(List.of(2L, 4L, 5L, 6L), uids);
        assertTrue(journal.messages("alice", "INBOX", 8, 0).isEmpty(), "another UIDVALIDITY is another folder");
        assertEquals(Map.of(3L, "r3"), Map.of(3L, journal.copied("alice", "INBOX", 7, List.of(3L, 4L)).get(3L).targetRef()));
        assertEquals(1, journal.copied("alice", "INBOX", 7, List.of(3L, 4L)).size());
    }

    @Test
    void dropped_intents_are_gone_and_other_intents_of_the_batch_stay() {
        journal.recordIntents("alice", "INBOX", 7, List.of(record(1, null, null), record(2, null, null)));
        journal.dropIntents("alice", "INBOX", 7, List.of(1L));
        assertEquals(List.of(2L), journal.messages("alice", "INBOX", 7, 0).stream().map(MessageRecord::uid).toList());
    }

    @Test
    void renumbers_records_after_a_uidvalidity_change_and_forgets_a_mailbox() {
        journal.recordResults("alice", "INBOX", 7, List.of(record(1, MessageState.COPIED, "r1"),
                record(2, MessageState.COPIED, "r2")));
        journal.renumber("alice", "INBOX", 7, 8, Map.of(2L, 20L));
        assertTrue(journal.messages("alice", "INBOX", 7, 0).isEmpty());
        List<MessageRecord> moved = journal.messages("alice", "INBOX", 8, 0);
        assertEquals(1, moved.size());
        assertEquals(20L, moved.get(0).uid());
        assertEquals("r2", moved.get(0).targetRef());
        journal.saveCheckpoint("alice", new FolderCheckpoint("INBOX", "INBOX", 8, 20, 0));
        journal.forget("alice");
        assertTrue(journal.checkpoints("alice").isEmpty());
        assertTrue(journal.messages("alice", "INBOX", 8, 0).isEmpty());
    }
}
