package io.migsh.imap;

/**
 * What the journal knows of a source folder after a completed pass: every message up to {@code highestUid} under
 * {@code uidValidity} is handled (copied, or listed as a large or bad item), and flag changes are synced up to
 * {@code highestModSeq} (RFC 7162 CONDSTORE; 0 when the source has no mod-sequences).
 */
public record FolderCheckpoint(String sourceFolder, String targetFolder, long uidValidity, long highestUid,
                               long highestModSeq) {
}
