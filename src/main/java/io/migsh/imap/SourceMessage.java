package io.migsh.imap;

import java.time.Instant;

/** A message as the source's folder listing shows it: UID, RFC822.SIZE and INTERNALDATE (null if not sent). */
public record SourceMessage(long uid, long size, Instant internalDate) {
}
