package io.migsh.cmdlets.migration;

import io.migsh.command.IdentityCompleter;
import io.migsh.migration.MigrationSession;
import io.migsh.migration.ServiceOptions;
import io.migsh.migration.sync.EngineNotInstalled;
import io.migsh.migration.sync.MailboxSynchronizer;
import io.migsh.runtime.ExecutionContext;
import java.nio.file.Path;
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
            if (s == null) s = open(context, context.dataDirectory(), ServiceOptions.defaults());
            return s;
        }
    }

    /**
     * Moves the shell's migration state to another data directory: the session open now (if any) is closed, and
     * the state store, mail store and service are opened there instead. The demo uses it to keep its state apart
     * from the administrator's own.
     */
    public static MigrationSession reopenAt(ExecutionContext context, Path dataDirectory) {
        return reopenAt(context, dataDirectory, ServiceOptions.defaults());
    }

    /** {@link #reopenAt(ExecutionContext, Path)} with the service run as {@code options} say. */
    public static MigrationSession reopenAt(ExecutionContext context, Path dataDirectory, ServiceOptions options) {
        synchronized (context) {
            close(context);
            return open(context, dataDirectory, options);
        }
    }

    /** Closes the shell's migration session, if one is open; the next migration cmdlet opens it again. */
    public static void close(ExecutionContext context) {
        synchronized (context) {
            MigrationSession current = context.unregister(MigrationSession.class);
            if (current != null) current.close();
        }
    }

    private static MigrationSession open(ExecutionContext context, Path dataDirectory, ServiceOptions options) {
        MailboxSynchronizer engine = ServiceLoader.load(MailboxSynchronizer.class).findFirst()
                .orElseGet(EngineNotInstalled::new);
        MigrationSession s = MigrationSession.open(dataDirectory, context.clock(), engine, options);
        context.register(MigrationSession.class, s);
        if (context.serviceOrNull(IdentityCompleter.class) == null) {
            context.register(IdentityCompleter.class, new MigrationIdentityCompleter(context));
        }
        return s;
    }
}
