package io.migsh.imap;

import io.migsh.target.SpecialFolder;
import java.util.List;

/**
 * Where one source folder goes.
 *
 * @param source     the source folder
 * @param path       its levels relative to the IMAP root (the personal namespace prefix removed)
 * @param special    the special folder it is or lies under (announced or recognised by name), or null
 * @param targetName the target folder name, with the target's separator; null when the folder is not copied
 * @param skipReason why it is not copied (filtered out, or a name the target cannot hold), or null
 */
public record FolderMapping(SourceFolder source, List<String> path, SpecialFolder special, String targetName,
                            String skipReason) {
    public boolean copied() {
        return targetName != null;
    }

    /** The source path written as Exchange writes folder paths, with '/' between levels. */
    public String displayPath() {
        return String.join("/", path);
    }
}
