package io.migsh.runtime;

/** System.DateTimeKind: whether a date's reading is universal time, local time, or neither (in .NET's order). */
@DotNetName("System.DateTimeKind")
public enum DateTimeKind { Unspecified, Utc, Local }
