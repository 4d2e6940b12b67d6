package io.migsh.format;

import io.migsh.runtime.DotNetName;

/** One object printed by a custom view, as text (which may span lines). */
@DotNetName("Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData")
public record CustomEntry(String text) implements FormatItem {}
