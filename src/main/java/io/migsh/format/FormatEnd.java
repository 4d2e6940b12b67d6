package io.migsh.format;

import io.migsh.runtime.DotNetName;

/** Ends a formatted sequence. */
@DotNetName("Microsoft.PowerShell.Commands.Internal.Format.FormatEndData")
public record FormatEnd() implements FormatItem {}
