package io.migsh.target;

import java.io.IOException;
import java.util.Map;
import java.util.Set;

/** One open session on a {@link MailTarget}: its folder tree, and the folders messages are appended to. */
public interface TargetSession extends AutoCloseable {
    /** The hierarchy separator of target folder names. */
    char separator();

    /** The names of the folders that exist now (decoded Unicode, with {@link #separator()}). */
    Set<String> folders() throws IOException;

    /**
     * The target's own folder for each special folder: the one it announces (special use) or already has by a common
     * name, else the name it would give a new one. Source special folders land in these, however they are named.
     * A name in {@code ordinary} (folded as {@link SpecialFolder#fold} does) is not recognised by name: an ordinary
     * source folder lands there (a source with both "Drafts" and "Entwürfe" keeps the second as a folder of its own),
     * and taking it would merge two source folders, differently once an earlier pass has created it.
     */
    Map<SpecialFolder, String> specialFolders(Set<String> ordinary) throws IOException;

    /** {@link #specialFolders(Set)} with every existing name a candidate. */
    default Map<SpecialFolder, String> specialFolders() throws IOException {
        return specialFolders(Set.of());
    }

    /** Creates a folder (and its missing parents) and subscribes to it; nothing happens if it exists. */
    void createFolder(String name) throws IOException, TargetRejectedException;

    /** Opens an existing folder for appending. */
    TargetFolder folder(String name) throws IOException, TargetRejectedException;

    /** The largest message the target accepts (IMAP APPENDLIMIT, RFC 7889), or Long.MAX_VALUE. */
    long appendLimit();

    @Override
    void close();
}
