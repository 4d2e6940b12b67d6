package io.migsh.imap;

/**
 * What a sync did for one folder.
 *
 * @param itemsInSource  messages in the source folder (STATUS MESSAGES)
 * @param copied         messages copied by this sync
 * @param alreadySynced  messages copied by earlier syncs
 * @param largeItems     large items skipped
 * @param badItems       bad items skipped
 * @param bytes          bytes copied by this sync
 * @param failure        why the folder could not be synced, or null
 */
public record FolderResult(String sourceFolder, String targetFolder, long itemsInSource, long copied,
                           long alreadySynced, long largeItems, long badItems, long bytes, SyncFailure failure) {
}
