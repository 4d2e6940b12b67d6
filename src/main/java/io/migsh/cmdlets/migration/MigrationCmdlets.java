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
                TestMigrationServerAvailabilityCommand.class, GetImapFoldersCommand.class,
                NewMigrationBatchCommand.class, GetMigrationBatchCommand.class, StartMigrationBatchCommand.class,
                StopMigrationBatchCommand.class, CompleteMigrationBatchCommand.class,
                SetMigrationBatchCommand.class, RemoveMigrationBatchCommand.class,
                GetMigrationUserCommand.class, GetMigrationUserStatisticsCommand.class,
                RemoveMigrationUserCommand.class,
                NewSyncRequestCommand.class, GetSyncRequestCommand.class, GetSyncRequestStatisticsCommand.class,
                SetSyncRequestCommand.class, SuspendSyncRequestCommand.class, ResumeSyncRequestCommand.class,
                RemoveSyncRequestCommand.class);
    }
}
