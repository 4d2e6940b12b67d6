package io.migsh.format;

/** The shape a sequence of objects is printed in. */
public enum FormatShape { Table, List, Wide, Custom }
