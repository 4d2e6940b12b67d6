package io.migsh.migration.sync;

import java.util.List;

/**
 * Exchange's folder filters (-IncludeFolders / -ExcludeFolders): names relative to the IMAP root, '/' as the
 * separator whatever the server uses, case-insensitive, {@code Name/*} for a folder and its subfolders,
 * {@code #Inbox#} style well-known names, no wildcards. Empty include means all folders. {@code targetRootFolder}
 * (New-SyncRequest -TargetRootFolder) is the target folder the source tree goes under, or null for the root.
 */
public record FolderFilter(List<String> include, List<String> exclude, String targetRootFolder) {
    public FolderFilter {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
    }
}
