package io.migsh.migration.probe;

import java.util.List;

/**
 * One folder of a source mailbox as Get-ImapFolders lists it: name, hierarchy separator, attributes, count, size;
 * or, for a folder the server would not open, the server's answer in {@code error} (count and size then unknown).
 */
public record ImapFolderInfo(String name, char separator, List<String> attributes, Integer messages, Long size,
        String error) {
    public ImapFolderInfo {
        attributes = List.copyOf(attributes);
    }
}
