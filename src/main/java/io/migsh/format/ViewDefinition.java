package io.migsh.format;

/** A view of a type, as a format.ps1xml View: a table, a list, or custom text. */
public sealed interface ViewDefinition permits TableView, ListView, CustomView {}
