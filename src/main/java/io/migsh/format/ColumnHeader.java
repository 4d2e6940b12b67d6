package io.migsh.format;

/** One table column as the printer needs it: label, width (0: sized from the data or the free space), alignment. */
public record ColumnHeader(String label, int width, Alignment alignment) {}
