package io.migsh.cmdlets.migration;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Exchange's FolderType for a folder path: the well-known folders by their usual IMAP names, else User Created. */
final class FolderTypes {
    private static final Map<String, String> WELL_KNOWN = Map.ofEntries(
            Map.entry("inbox", "Inbox"), Map.entry("sent", "SentItems"), Map.entry("sent items", "SentItems"),
            Map.entry("sent messages", "SentItems"), Map.entry("drafts", "Drafts"), Map.entry("trash", "DeletedItems"),
            Map.entry("deleted items", "DeletedItems"), Map.entry("deleted messages", "DeletedItems"),
            Map.entry("junk", "JunkEmail"), Map.entry("junk email", "JunkEmail"), Map.entry("spam", "JunkEmail"),
            Map.entry("archive", "Archive"), Map.entry("outbox", "Outbox"));

    private FolderTypes() {}

    static String of(List<String> path) {
        if (path.isEmpty()) return "Inbox";
        if (path.size() > 1) return "User Created";
        return WELL_KNOWN.getOrDefault(path.get(0).toLowerCase(Locale.ROOT), "User Created");
    }

    /** The FolderScope values Get-MailboxFolderStatistics accepts, by FolderType. */
    static boolean inScope(String scope, String folderType) {
        if (scope == null || scope.equalsIgnoreCase("All")) return true;
        return scope.equalsIgnoreCase(folderType);
    }
}
