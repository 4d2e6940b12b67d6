package io.migsh.csv;

import io.migsh.runtime.DotNetName;

/** Export-Csv / ConvertTo-Csv -UseQuotes (PowerShell 7): which fields get double quotes. */
@DotNetName("Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind")
public enum QuoteKind {
    /** No field is quoted and no quote is doubled. */
    Never,
    /** Every field is quoted (the default). */
    Always,
    /** Only fields holding the delimiter, a double quote or a line break. */
    AsNeeded
}
