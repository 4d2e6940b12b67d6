package io.migsh.imap;

import java.util.List;

/**
 * What one pass over a folder does.
 *
 * @param toCopy        messages to copy, newest first
 * @param newlyLarge    messages over the size limit seen for the first time: recorded and reported as large items
 * @param stillLarge    large items recorded before that are still over the limit: reported again, not copied
 * @param alreadyDone   messages of the listing the journal has as copied (or as bad items)
 * @param highestUid    the highest UID of the listing, the folder's checkpoint once the pass completes
 * @param overBudget    messages left for a later sync because the mailbox reached its item limit
 */
public record CopyPlan(List<SourceMessage> toCopy, List<SourceMessage> newlyLarge, List<MessageRecord> stillLarge,
                       long alreadyDone, long highestUid, int overBudget) {
}
