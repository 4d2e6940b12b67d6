package io.migsh.imap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The running totals of one sync, and its per-folder results. */
final class SyncCounters {
    long itemsInSource;
    long bytesInSource;
    long toCopy;
    long itemsSynced;
    long copied;
    long large;
    long bad;
    long bytes;
    int retries;
    final Map<String, FolderResult> folders = new LinkedHashMap<>();
    final List<SyncFailure> folderFailures = new ArrayList<>();

    SyncProgress progress(String folder) {
        return new SyncProgress(folder, itemsInSource, bytesInSource, toCopy, copied, bytes, itemsSynced, bad, large);
    }
}
