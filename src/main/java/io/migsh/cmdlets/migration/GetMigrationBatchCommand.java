package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.model.BatchStatus;
import io.migsh.migration.model.MigrationBatch;

/** Get-MigrationBatch: all batches, one by name or GUID, or those in a status or of an endpoint. */
@CmdletInfo(verb = "Get", noun = "MigrationBatch", outputType = BatchObjects.BATCH)
public class GetMigrationBatchCommand extends ExchangeCmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true, completion = "batch")
    String identity;
    @Parameter
    BatchStatus status;
    @Parameter(completion = "endpoint")
    String endpoint;
    @Parameter
    boolean includeReport;
    @Parameter
    String diagnosticInfo;
    @Parameter
    Object resultSize = 1000;

    @Override
    protected void processRecord() {
        if (identity != null && endpoint != null) {
            throw io.migsh.migration.MigrationErrors.invalidArgument("The Identity and Endpoint parameters can't be "
                    + "used together.", identity);
        }
        var limit = Arguments.unlimited("ResultSize", resultSize);
        int written = 0;
        for (MigrationBatch b : session().batches().find(identity, status, endpoint)) {
            if (limit.isExceededBy(++written)) {
                warnMoreResults(limit);
                return;
            }
            writeObject(BatchPresenter.present(session(), b, includeReport, diagnosticInfo));
        }
    }
}
