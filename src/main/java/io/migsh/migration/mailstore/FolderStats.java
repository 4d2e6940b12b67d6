package io.migsh.migration.mailstore;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One folder of a target mailbox: its path from the top ({@code ["Archive", "2019"]}; empty for the Inbox of a
 * Maildir, which is its root), item count and bytes, and the dates known (null when the store doesn't say).
 */
public record FolderStats(List<String> path, int items, long bytes, OffsetDateTime created,
        OffsetDateTime lastModified, OffsetDateTime oldestItem, OffsetDateTime newestItem) {
    public FolderStats {
        path = List.copyOf(path);
    }

    public String name() {
        return path.isEmpty() ? "Inbox" : path.get(path.size() - 1);
    }
}
