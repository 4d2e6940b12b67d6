package io.migsh.clixml;

import io.migsh.runtime.TypedList;
import java.util.List;

/**
 * A collection read from CLIXML (PowerShell gives an ArrayList): it keeps the type names and container element
 * (LST, IE, STK, QUE) it was written with, so that exporting it again writes the same &lt;TN&gt; and tag.
 */
public final class DeserializedList extends TypedList {
    private static final long serialVersionUID = 1L;
    private final String containerTag;

    /** @param typeNames the type names as read, with their Deserialized. prefix */
    public DeserializedList(List<String> typeNames, String containerTag) {
        super(typeNames);
        this.containerTag = containerTag;
    }

    /** Import-Clixml gives an ArrayList, whatever the type names say. */
    @Override
    public String dotNetType() {
        return "System.Collections.ArrayList";
    }

    /** LST, IE, STK or QUE. */
    public String containerTag() {
        return containerTag;
    }
}
