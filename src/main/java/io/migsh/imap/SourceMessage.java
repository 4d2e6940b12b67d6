package io.migsh.imap;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A message as the source's folder listing shows it: UID, RFC822.SIZE and INTERNALDATE with the zone the server
 * gave (null if it sent none).
 */
public record SourceMessage(long uid, long size, OffsetDateTime internalDate) {
    public Instant instant() {
        return internalDate == null ? null : internalDate.toInstant();
    }
}
