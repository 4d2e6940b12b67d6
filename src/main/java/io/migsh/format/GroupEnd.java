package io.migsh.format;

import io.migsh.runtime.DotNetName;

/** Ends a group of rows. */
@DotNetName("Microsoft.PowerShell.Commands.Internal.Format.GroupEndData")
public record GroupEnd() implements FormatItem {}
