package io.migsh.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Brings the schema up to date: applies each migration script not yet recorded in {@code schema_version}, in
 * version order, each in its own transaction together with its record. Callers serialise migrations between
 * processes (a file lock in the data directory for H2), so two shells starting at once do not race.
 */
final class SchemaMigrator {
    private final Database db;

    SchemaMigrator(Database db) {
        this.db = db;
    }

    /** Applies what is missing; returns the versions applied now. */
    List<Integer> migrate(ClassLoader loader) {
        db.transaction(s -> {
            s.update("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "name VARCHAR(256) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            return null;
        });
        Set<Integer> done = applied();
        List<Integer> now = new java.util.ArrayList<>();
        for (MigrationScripts.Script script : MigrationScripts.find(loader)) {
            if (done.contains(script.version())) continue;
            db.transaction(s -> {
                s.script(script.text(loader));
                s.update("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                        script.version(), script.name(), OffsetDateTime.now(ZoneOffset.UTC));
                return null;
            });
            now.add(script.version());
        }
        return now;
    }

    Set<Integer> applied() {
        return new HashSet<>(db.read(s -> s.query("SELECT version FROM schema_version", r -> (int) r.getLong(1))));
    }
}
