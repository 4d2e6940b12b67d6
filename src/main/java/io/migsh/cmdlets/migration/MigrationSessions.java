package io.migsh.cmdlets.migration;

import io.migsh.migration.MigrationSession;
import io.migsh.migration.ServiceOptions;
import io.migsh.migration.sync.EngineNotInstalled;
import io.migsh.migration.sync.MailboxSynchronizer;
import io.migsh.runtime.ExecutionContext;
import java.util.ServiceLoader;

/**
 * The migration session of a shell: the one registered with the context, else one opened on first use over the
 * context's data directory, with the sync engine found on the class path and the service running in the
 * background.
 */
public final class MigrationSessions {
    private MigrationSessions() {}

    public static MigrationSession of(ExecutionContext context) {
        MigrationSession s = context.serviceOrNull(MigrationSession.class);
        if (s != null) return s;
        synchronized (context) {
            s = context.serviceOrNull(MigrationSession.class);
            if (s == null) {
                MailboxSynchronizer engine = ServiceLoader.load(MailboxSynchronizer.class).findFirst()
                        .orElseGet(EngineNotInstalled::new);
                s = MigrationSession.open(context.dataDirectory(), context.clock(), engine, ServiceOptions.defaults());
                context.register(MigrationSession.class, s);
                if (context.serviceOrNull(io.migsh.command.IdentityCompleter.class) == null) {
                    context.register(io.migsh.command.IdentityCompleter.class, new MigrationIdentityCompleter(context));
                }
            }
            return s;
        }
    }
}
