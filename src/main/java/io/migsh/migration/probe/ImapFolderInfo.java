package io.migsh.migration.probe;

import java.util.List;

/** One folder of a source mailbox as Get-ImapFolders lists it: name, hierarchy separator, attributes, count, size. */
public record ImapFolderInfo(String name, char separator, List<String> attributes, int messages, long size) {
    public ImapFolderInfo {
        attributes = List.copyOf(attributes);
    }
}
