package io.migsh.migration.model;

/** Which pass a sync request runs next: the first full copy, a later catch-up, or the catch-up that completes it. */
public enum SyncKind {
    Initial, Incremental, Final
}
