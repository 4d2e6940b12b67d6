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
     */
    Map<SpecialFolder, String> specialFolders() throws IOException;

    /** Creates a folder (and its missing parents) and subscribes to it; nothing happens if it exists. */
    void createFolder(String name) throws IOException, TargetRejectedException;

    /** Opens an existing folder for appending. */
    TargetFolder folder(String name) throws IOException, TargetRejectedException;

    /** The largest message the target accepts (IMAP APPENDLIMIT, RFC 7889), or Long.MAX_VALUE. */
    long appendLimit();

    @Override
    void close();
}
