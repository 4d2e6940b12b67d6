package io.migsh.format;

import io.migsh.runtime.DotNetName;

/** Text printed as it is: strings, numbers and other scalars in the output, one per line. */
@DotNetName("Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData")
public record RawText(String text) implements FormatItem {}
