package io.migsh.clixml;

import java.util.ArrayList;
import java.util.List;

/**
 * A collection read from CLIXML (PowerShell gives an ArrayList): it keeps the type names and container element
 * (LST, IE, STK, QUE) it was written with, so that exporting it again writes the same &lt;TN&gt; and tag.
 */
public final class DeserializedList extends ArrayList<Object> {
    private static final long serialVersionUID = 1L;
    private final List<String> typeNames;
    private final String containerTag;

    public DeserializedList(List<String> typeNames, String containerTag) {
        this.typeNames = List.copyOf(typeNames);
        this.containerTag = containerTag;
    }

    /** The type names as read, with their Deserialized. prefix. */
    public List<String> typeNames() {
        return typeNames;
    }

    /** LST, IE, STK or QUE. */
    public String containerTag() {
        return containerTag;
    }
}
