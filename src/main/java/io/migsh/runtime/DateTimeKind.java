package io.migsh.runtime;

/** System.DateTimeKind: whether a date's clock reading is universal time, local time, or says neither (.NET's order). */
@DotNetName("System.DateTimeKind")
public enum DateTimeKind { Unspecified, Utc, Local }
