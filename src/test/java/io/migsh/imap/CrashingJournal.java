package io.migsh.imap;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A journal that dies like a killed process: after {@code appendsBeforeCrash} batches have been appended, the next
 * attempt to record their results throws instead, so the target holds messages the journal has only as intents.
 */
final class CrashingJournal implements SyncJournal {
    /** Stands for the process dying: nothing after it runs. */
    static final class Crash extends RuntimeException {
        Crash() {
            super("simulated crash");
        }
    }

    private final SyncJournal real;
    private int resultsLeft;

    CrashingJournal(SyncJournal real, int appendsBeforeCrash) {
        this.real = real;
        this.resultsLeft = appendsBeforeCrash;
    }

    @Override
    public void recordResults(String mailbox, String folder, long uidValidity, List<MessageRecord> results) {
        boolean appended = results.stream().anyMatch(r -> r.state() == MessageState.COPIED);
        if (appended && resultsLeft-- <= 0) throw new Crash();
        real.recordResults(mailbox, folder, uidValidity, results);
    }

    @Override
    public Optional<FolderCheckpoint> checkpoint(String mailbox, String sourceFolder) {
        return real.checkpoint(mailbox, sourceFolder);
    }

    @Override
    public List<FolderCheckpoint> checkpoints(String mailbox) {
        return real.checkpoints(mailbox);
    }

    @Override
    public void saveCheckpoint(String mailbox, FolderCheckpoint checkpoint) {
        real.saveCheckpoint(mailbox, checkpoint);
    }

    @Override
    public List<MessageRecord> messages(String mailbox, String sourceFolder, long uidValidity, long aboveUid) {
        return real.messages(mailbox, sourceFolder, uidValidity, aboveUid);
    }

    @Override
    public Map<Long, MessageRecord> copied(String mailbox, String sourceFolder, long uidValidity,
                                           Collection<Long> uids) {
        return real.copied(mailbox, sourceFolder, uidValidity, uids);
    }

    @Override
    public void recordIntents(String mailbox, String sourceFolder, long uidValidity, List<MessageRecord> intents) {
        real.recordIntents(mailbox, sourceFolder, uidValidity, intents);
    }

    @Override
    public void dropIntents(String mailbox, String sourceFolder, long uidValidity, Collection<Long> uids) {
        real.dropIntents(mailbox, sourceFolder, uidValidity, uids);
    }

    @Override
    public void renumber(String mailbox, String sourceFolder, long oldUidValidity, long newUidValidity,
                         Map<Long, Long> newUids) {
        real.renumber(mailbox, sourceFolder, oldUidValidity, newUidValidity, newUids);
    }

    @Override
    public void forget(String mailbox) {
        real.forget(mailbox);
    }
}
