package io.migsh.imap;

import java.time.OffsetDateTime;

/**
 * A message not copied, for SkippedItems: Kind, FolderName, Subject, DateReceived, DateSent, Sender, Recipient,
 * MessageSize, Failure as Exchange lists them.
 *
 * @param kind         "LargeItem" or "BadItem"
 * @param folder       the source folder path ('/' between levels)
 * @param dateReceived INTERNALDATE
 * @param dateSent     the Date header, or null
 * @param failure      why: the size limit, or the server's refusal text
 * @param key          stable identity across syncs: "folder|uidvalidity|uid", so repeated reports can be merged
 * @param repeated     whether an earlier sync of this mailbox reported it already (a large item still too large),
 *                     so that a caller counting items encountered counts each once
 */
public record SkippedItem(String kind, String folder, String subject, OffsetDateTime dateReceived,
                          OffsetDateTime dateSent, String sender, String recipient, long messageSize, String failure,
                          String key, boolean repeated) {
    public static final String LARGE_ITEM = "LargeItem";
    public static final String BAD_ITEM = "BadItem";
}
