package io.migsh.format;

/**
 * What Format-Table, Format-List and the default formatter write: PowerShell's format objects (FormatStartData,
 * GroupStartData, FormatEntryData, ...). Out-Default, Out-String and Out-File print them as they are.
 */
public sealed interface FormatItem
        permits FormatStart, GroupStart, TableRow, ListEntry, WideEntry, CustomEntry, RawText, ErrorEntry, GroupEnd,
        FormatEnd {}
