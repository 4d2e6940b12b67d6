package io.migsh.target;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** An open Maildir: folders are directories, created with cur/, new/ and tmp/ as Maildir++ requires. */
final class MaildirSession implements TargetSession {
    private final Path maildir;
    private final boolean fsync;
    private final Map<SpecialFolder, String> defaultSpecialNames;
    private final Map<String, MaildirFolder> open = new HashMap<>();

    MaildirSession(Path maildir, boolean fsync, Map<SpecialFolder, String> defaultSpecialNames) throws IOException {
        this.maildir = maildir;
        this.fsync = fsync;
        this.defaultSpecialNames = defaultSpecialNames;
        makeFolderDirs(maildir);
    }

    @Override
    public char separator() {
        return MaildirLayout.SEPARATOR;
    }

    @Override
    public Set<String> folders() throws IOException {
        Set<String> names = new TreeSet<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(maildir, Files::isDirectory)) {
            for (Path d : dirs) {
                String name = MaildirLayout.folderName(d.getFileName().toString());
                if (name != null && Files.isDirectory(d.resolve("cur"))) {
                    names.add(name);
                }
            }
        }
        Set<String> withInbox = new LinkedHashSet<>();
        withInbox.add("INBOX");
        withInbox.addAll(names);
        return withInbox;
    }

    @Override
    public Map<SpecialFolder, String> specialFolders(Set<String> ordinary) throws IOException {
        Map<SpecialFolder, String> result = new EnumMap<>(defaultSpecialNames);
        Set<String> existing = folders();
        for (SpecialFolder kind : SpecialFolder.values()) {
            if (kind == SpecialFolder.INBOX) continue;
            String best = kind.bestName(existing, MaildirLayout.SEPARATOR, ordinary);
            if (best != null) result.put(kind, best);
        }
        return result;
    }

    @Override
    public void createFolder(String name) throws IOException {
        if (MaildirLayout.isInbox(name)) return;
        // Maildir++ needs no parent directories; Dovecot lists a missing parent as \NoSelect, as the source did.
        Path dir = MaildirLayout.folderDir(maildir, name);
        boolean created = !Files.isDirectory(dir.resolve("cur"));
        makeFolderDirs(dir);
        Path marker = dir.resolve("maildirfolder"); // Maildir++: marks a folder directory
        if (!Files.exists(marker)) Files.createFile(marker);
        if (created && fsync) MaildirFolder.syncDirectory(maildir);
        MaildirSubscriptions.add(maildir, name);
    }

    @Override
    public TargetFolder folder(String name) throws IOException, TargetRejectedException {
        MaildirFolder f = open.get(name);
        if (f == null) {
            Path dir = MaildirLayout.folderDir(maildir, name);
            if (!Files.isDirectory(dir.resolve("cur"))) {
                throw new TargetRejectedException("SelectCommand", "Mailbox doesn't exist: " + name);
            }
            f = new MaildirFolder(name, dir, fsync);
            open.put(name, f);
        }
        return f;
    }

    @Override
    public long appendLimit() {
        return Long.MAX_VALUE;
    }

    @Override
    public void close() {
        open.clear();
    }

    private static void makeFolderDirs(Path dir) throws IOException {
        for (String sub : new String[] {"cur", "new", "tmp"}) {
            Files.createDirectories(dir.resolve(sub));
        }
    }
}
