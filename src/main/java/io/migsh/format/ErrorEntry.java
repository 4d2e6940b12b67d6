package io.migsh.format;

import io.migsh.runtime.DotNetName;
import io.migsh.runtime.ErrorRecord;

/** An error record in the output, printed in PowerShell 7's ConciseView at the printer's width. */
@DotNetName("Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData")
public record ErrorEntry(ErrorRecord record) implements FormatItem {}
