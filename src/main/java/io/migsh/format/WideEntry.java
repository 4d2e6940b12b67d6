package io.migsh.format;

import io.migsh.runtime.DotNetName;

/** One value of a Format-Wide view. */
@DotNetName("Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData")
public record WideEntry(String value) implements FormatItem {}
