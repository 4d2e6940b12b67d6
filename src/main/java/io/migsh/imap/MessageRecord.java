package io.migsh.imap;

import io.migsh.target.MessageFlags;
import java.time.Instant;

/**
 * The journal's row for one source message.
 *
 * @param uid          its UID in the source folder (under the folder's UIDVALIDITY)
 * @param size         RFC822.SIZE
 * @param internalDate INTERNALDATE
 * @param messageId    the Message-ID header value, or null
 * @param headers      the Subject, From, To and Date header lines, kept for large and bad items so that later
 *                     reports can list them without fetching them again
 * @param uniqueName   the name that identifies the copy in the target (see OutgoingMessage)
 * @param appendMark   the target folder's mark taken before the append (see TargetFolder.appendMark)
 * @param targetRef    the copy's reference in the target, once known
 * @param flags        the flags the copy was given
 */
public record MessageRecord(long uid, MessageState state, long size, Instant internalDate, String messageId,
                            String headers, String uniqueName, String appendMark, String targetRef,
                            MessageFlags flags) {
    public MessageRecord withResult(MessageState newState, String ref) {
        return new MessageRecord(uid, newState, size, internalDate, messageId, headers, uniqueName, appendMark, ref,
                flags);
    }

    public MessageRecord withUid(long newUid) {
        return new MessageRecord(newUid, state, size, internalDate, messageId, headers, uniqueName, appendMark,
                targetRef, flags);
    }

    public MessageRecord withFlags(MessageFlags newFlags) {
        return new MessageRecord(uid, state, size, internalDate, messageId, headers, uniqueName, appendMark,
                targetRef, newFlags);
    }
}
