package io.migsh.csv;

/** Export-Csv / ConvertTo-Csv -UseQuotes (PowerShell 7): which fields get double quotes. */
public enum QuoteKind {
    /** No field is quoted and no quote is doubled. */
    Never,
    /** Every field is quoted (the default). */
    Always,
    /** Only fields holding the delimiter, a double quote or a line break. */
    AsNeeded
}
