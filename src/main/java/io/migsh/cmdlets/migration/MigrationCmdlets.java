package io.migsh.cmdlets.migration;

import io.migsh.command.Cmdlet;
import java.util.List;

/** The Exchange migration cmdlets, for the shell's command registry. */
public final class MigrationCmdlets {
    private MigrationCmdlets() {}

    public static List<Class<? extends Cmdlet>> all() {
        return List.of(
                NewAcceptedDomainCommand.class, GetAcceptedDomainCommand.class,
                NewMailboxDatabaseCommand.class, GetMailboxDatabaseCommand.class,
                NewMailboxCommand.class, GetMailboxCommand.class, SetMailboxCommand.class, RemoveMailboxCommand.class,
                GetMailboxStatisticsCommand.class, GetMailboxFolderStatisticsCommand.class,
                NewMigrationEndpointCommand.class, GetMigrationEndpointCommand.class,
                SetMigrationEndpointCommand.class, RemoveMigrationEndpointCommand.class,
                TestMigrationServerAvailabilityCommand.class, GetImapFoldersCommand.class);
    }
}
