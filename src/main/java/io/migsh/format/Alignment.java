package io.migsh.format;

/** Text alignment of a table column (System.Management.Automation.Alignment); Undefined defers to the column. */
public enum Alignment { Undefined, Left, Center, Right }
