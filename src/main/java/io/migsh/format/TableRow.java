package io.migsh.format;

import io.migsh.runtime.DotNetName;
import java.util.List;

/** One table row: the cell texts, per-cell alignment overrides (Undefined: the column's), and -Wrap. */
@DotNetName("Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData")
public record TableRow(List<String> values, List<Alignment> alignments, boolean wrap) implements FormatItem {
    public TableRow {
        values = List.copyOf(values);
        alignments = alignments == null ? List.of() : List.copyOf(alignments);
    }
}
