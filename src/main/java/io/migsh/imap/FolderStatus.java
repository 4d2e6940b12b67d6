package io.migsh.imap;

/**
 * A source folder's STATUS (RFC 3501 section 6.3.10): message count, UIDNEXT, UIDVALIDITY, HIGHESTMODSEQ
 * (RFC 7162; 0 without CONDSTORE) and the total size (RFC 8438 STATUS=SIZE; 0 when the server does not say).
 */
public record FolderStatus(long messages, long uidNext, long uidValidity, long highestModSeq, long size) {
}
