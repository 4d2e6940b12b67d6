package io.migsh.imap;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The durable memory of a mailbox sync, which makes copies exactly-once: a checkpoint per source folder, and per
 * message an intent recorded before its append and a result after it. A message with an intent but no result is
 * reconciled against the target on the next run. Every write is committed before the method returns.
 * {@code mailbox} is the caller's key for one migrated mailbox (e.g. the migration user's identity).
 */
public interface SyncJournal {
    Optional<FolderCheckpoint> checkpoint(String mailbox, String sourceFolder);

    List<FolderCheckpoint> checkpoints(String mailbox);

    /** Creates or replaces the checkpoint of a folder. */
    void saveCheckpoint(String mailbox, FolderCheckpoint checkpoint);

    /**
     * The records of a folder under one UIDVALIDITY that a pass needs: those with a UID above {@code aboveUid}, and
     * all that are not {@link MessageState#COPIED} (pending intents, large and bad items). Ordered by UID.
     */
    List<MessageRecord> messages(String mailbox, String sourceFolder, long uidValidity, long aboveUid);

    /** The target references of copied messages, by UID, for carrying flag changes over. */
    Map<Long, MessageRecord> copied(String mailbox, String sourceFolder, long uidValidity, Collection<Long> uids);

    /** Records intents (state INTENT), replacing earlier records of the same UIDs. */
    void recordIntents(String mailbox, String sourceFolder, long uidValidity, List<MessageRecord> intents);

    /** Records results (COPIED, LARGE, BAD), replacing earlier records of the same UIDs. */
    void recordResults(String mailbox, String sourceFolder, long uidValidity, List<MessageRecord> results);

    /** Drops intents of messages that are gone from the source and never reached the target. */
    void dropIntents(String mailbox, String sourceFolder, long uidValidity, Collection<Long> uids);

    /**
     * Moves a folder's records to a new UIDVALIDITY after the source renumbered its messages: {@code newUids} maps
     * old UIDs to the new UIDs of the same messages; old records without a new UID are dropped.
     */
    void renumber(String mailbox, String sourceFolder, long oldUidValidity, long newUidValidity,
                  Map<Long, Long> newUids);

    /** Forgets everything about a mailbox (the user was removed from its batch). */
    void forget(String mailbox);
}
