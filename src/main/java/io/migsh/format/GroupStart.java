package io.migsh.format;

import io.migsh.runtime.DotNetName;

/** Starts a group of rows; {@code label} (e.g. "   TypeName: System.String") is printed above it when not null. */
@DotNetName("Microsoft.PowerShell.Commands.Internal.Format.GroupStartData")
public record GroupStart(String label) implements FormatItem {}
