package io.migsh.imap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The running totals of one sync, and its per-folder results. */
final class SyncCounters {
    long itemsInSource;
    long itemsSynced;
    long copied;
    long large;
    long bad;
    long bytes;
    int retries;
    final Map<String, FolderResult> folders = new LinkedHashMap<>();
    final List<SyncFailure> folderFailures = new ArrayList<>();

    SyncProgress progress(String folder, long folderCopied, long folderToCopy) {
        return new SyncProgress(folder, folderCopied, folderToCopy, itemsInSource, itemsSynced, large + bad, bytes);
    }
}
