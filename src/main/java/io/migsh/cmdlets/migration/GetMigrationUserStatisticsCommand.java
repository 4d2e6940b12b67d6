package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.Identities;
import io.migsh.migration.MigrationErrors;
import io.migsh.migration.model.MigrationUser;

/**
 * Get-MigrationUserStatistics: a user's counts, sizes, durations and Error; -IncludeSkippedItems,
 * -IncludeReport and -DiagnosticInfo fill SkippedItems, Report and DiagnosticInfo. Takes users from the pipeline.
 */
@CmdletInfo(verb = "Get", noun = "MigrationUserStatistics", outputType = UserObjects.STATISTICS)
public class GetMigrationUserStatisticsCommand extends ExchangeCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true,
            completion = "migrationuser")
    String identity;
    @Parameter
    boolean includeReport;
    @Parameter
    boolean includeSkippedItems;
    @Parameter
    int limitSkippedItemsTo = 1000;
    @Parameter
    boolean skipSubscription;
    @Parameter
    String diagnosticInfo;

    @Override
    protected void processRecord() {
        MigrationUser u = session().db().inTransaction(r -> Identities.user(r.users(), identity)
                .orElseThrow(() -> MigrationErrors.notFound(identity, session().serverName())));
        writeObject(UserPresenter.statistics(session(), u, includeReport, includeSkippedItems, limitSkippedItemsTo,
                diagnosticInfo));
    }
}
