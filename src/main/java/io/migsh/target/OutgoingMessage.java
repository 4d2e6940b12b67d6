package io.migsh.target;

import java.time.OffsetDateTime;

/**
 * A message on its way to the target: its flags and INTERNALDATE as the source has them, its content, and the
 * identity used to find it again after a crash.
 *
 * @param uniqueName a name that is the same every time this source message is copied (Maildir uses it as the base
 *                   file name, which makes a repeated copy land on the same file)
 * @param messageId  the Message-ID header value, or null when the message has none
 */
public record OutgoingMessage(MessageFlags flags, OffsetDateTime internalDate, MessageContent content,
                              String uniqueName, String messageId) {
}
