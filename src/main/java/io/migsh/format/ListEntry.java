package io.migsh.format;

import io.migsh.runtime.DotNetName;
import java.util.List;

/**
 * One object in list form; {@code outOfBand} marks an object that did not fit the table it arrived in and is
 * printed on its own, between blank lines.
 */
@DotNetName("Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData")
public record ListEntry(List<String> labels, List<String> values, boolean outOfBand) implements FormatItem {
    public ListEntry {
        labels = List.copyOf(labels);
        values = List.copyOf(values);
    }
}
