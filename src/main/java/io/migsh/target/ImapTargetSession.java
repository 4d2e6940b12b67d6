package io.migsh.target;

import io.migsh.imap.client.ImapCommandException;
import io.migsh.imap.client.ImapConnection;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.angus.mail.imap.protocol.ListInfo;

/** An open IMAP target mailbox. */
final class ImapTargetSession implements TargetSession {
    private final ImapConnection connection;
    private final Path spoolDir;
    private final char separator;
    private Map<String, Set<String>> listed;
    private final Map<String, ImapTargetFolder> open = new HashMap<>();

    ImapTargetSession(ImapConnection connection, Path spoolDir) throws IOException, TargetRejectedException {
        this.connection = connection;
        this.spoolDir = spoolDir;
        try {
            this.separator = connection.call("ListCommand", p -> {
                ListInfo[] root = p.list("", "");
                return root == null || root.length == 0 || root[0].separator == 0 ? '/' : root[0].separator;
            });
        } catch (ImapCommandException e) {
            connection.close();
            throw new TargetRejectedException(e.command(), e.getMessage());
        }
    }

    ImapConnection connection() {
        return connection;
    }

    @Override
    public char separator() {
        return separator;
    }

    /** Folder name → LIST attributes, read once and kept up to date by createFolder. */
    private Map<String, Set<String>> listed() throws IOException {
        if (listed == null) {
            try {
                listed = connection.call("ListCommand", p -> {
                    Map<String, Set<String>> out = new java.util.LinkedHashMap<>();
                    ListInfo[] all = p.list("", "*");
                    if (all != null) {
                        for (ListInfo li : all) out.put(li.name, Set.of(li.attrs));
                    }
                    return out;
                });
            } catch (ImapCommandException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return listed;
    }

    @Override
    public Set<String> folders() throws IOException {
        return new LinkedHashSet<>(listed().keySet());
    }

    @Override
    public Map<SpecialFolder, String> specialFolders(Set<String> ordinary) throws IOException {
        Map<SpecialFolder, String> result = new EnumMap<>(SpecialFolder.class);
        result.put(SpecialFolder.INBOX, "INBOX");
        for (Map.Entry<String, Set<String>> e : listed().entrySet()) {
            for (String attr : e.getValue()) {
                SpecialFolder.ofAttribute(attr).ifPresent(kind -> result.putIfAbsent(kind, e.getKey()));
            }
        }
        for (SpecialFolder kind : SpecialFolder.values()) {
            if (result.containsKey(kind)) continue;
            String best = kind.bestName(listed().keySet(), separator, ordinary);
            if (best != null) result.put(kind, best);
        }
        return result;
    }

    @Override
    public void createFolder(String name) throws IOException, TargetRejectedException {
        if (name.equalsIgnoreCase("INBOX") || listed().containsKey(name)) return;
        try {
            connection.call("CreateFolderCommand", p -> {
                p.create(name);
                return null;
            });
        } catch (ImapCommandException e) {
            // A folder created meanwhile (RFC 5530 ALREADYEXISTS) is what we wanted.
            if (!"ALREADYEXISTS".equalsIgnoreCase(e.responseCode())) {
                throw new TargetRejectedException(e.command(), e.getMessage());
            }
        }
        try {
            connection.call("SubscribeCommand", p -> {
                p.subscribe(name);
                return null;
            });
        } catch (ImapCommandException e) {
            // Subscribing is a convenience for the user's client; the folder is there, so carry on.
        }
        listed().put(name, Set.of());
    }

    @Override
    public TargetFolder folder(String name) throws IOException, TargetRejectedException {
        ImapTargetFolder f = open.get(name);
        if (f == null) {
            f = new ImapTargetFolder(this, name, spoolDir);
            open.put(name, f);
        }
        return f;
    }

    @Override
    public long appendLimit() {
        for (String cap : List.copyOf(connection.protocol().getCapabilities().keySet())) {
            if (cap.toUpperCase().startsWith("APPENDLIMIT=")) {
                try {
                    return Long.parseLong(cap.substring("APPENDLIMIT=".length()));
                } catch (NumberFormatException e) {
                    return Long.MAX_VALUE;
                }
            }
        }
        return Long.MAX_VALUE;
    }

    private String selectedName;
    private boolean selectedWritable;
    private long selectedUidValidity;

    /** Selects a folder (SELECT, or EXAMINE when only reading), unless it is selected already. */
    void select(String name, boolean writable) throws IOException {
        if (name.equals(selectedName) && (selectedWritable || !writable)) return;
        try {
            org.eclipse.angus.mail.imap.protocol.MailboxInfo info = connection.call("SelectCommand",
                    p -> writable ? p.select(name) : p.examine(name));
            selectedName = name;
            selectedWritable = writable;
            selectedUidValidity = info.uidvalidity;
        } catch (ImapCommandException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    long selectedUidValidity() {
        return selectedUidValidity;
    }

    @Override
    public void close() {
        connection.close();
    }
}
