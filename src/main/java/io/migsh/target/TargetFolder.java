package io.migsh.target;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A target folder that receives messages. */
public interface TargetFolder {
    String name();

    /**
     * A mark taken just before an append and kept with the sync journal's intent, so that after a crash
     * {@link #findAppended} only looks at what came after it (IMAP: UIDVALIDITY and UIDNEXT).
     */
    String appendMark() throws IOException;

    /**
     * Appends messages, in order, and returns one outcome per message. A message the target refuses is an outcome
     * with a rejection text, not an exception; IOException means the connection or disk failed and the state of the
     * batch is unknown (the journal's reconcile step finds out later).
     */
    List<AppendOutcome> append(List<OutgoingMessage> messages) throws IOException;

    /**
     * Finds which of the given messages, appended at some point after {@code mark} by a run that died before
     * recording the result, are in the folder. Returns the target reference per index into {@code pending}. Copies are
     * matched one to one, so two identical messages need two copies.
     */
    Map<Integer, String> findAppended(String mark, List<PendingMessage> pending) throws IOException;

    /** Replaces the flags of an appended message, found by the reference its append returned. */
    void setFlags(String ref, MessageFlags flags) throws IOException;
}
