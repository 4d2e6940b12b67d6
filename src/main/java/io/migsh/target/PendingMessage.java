package io.migsh.target;

import java.time.Instant;

/**
 * A message whose append was started but never confirmed, as the sync journal remembers it: what identifies it in
 * the target when the target cannot say which UID it got (Message-ID, size, INTERNALDATE), and its unique name.
 */
public record PendingMessage(String uniqueName, String messageId, long size, Instant internalDate) {
}
