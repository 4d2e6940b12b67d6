package io.migsh.imap;

/**
 * A source folder's STATUS (RFC 3501 section 6.3.10): message count, UIDNEXT, UIDVALIDITY, and HIGHESTMODSEQ
 * (RFC 7162; 0 without CONDSTORE).
 */
public record FolderStatus(long messages, long uidNext, long uidValidity, long highestModSeq) {
}
