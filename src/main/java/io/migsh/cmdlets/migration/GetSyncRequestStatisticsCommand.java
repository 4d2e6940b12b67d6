package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/**
 * Get-SyncRequestStatistics: a request's counts, sizes, durations and failure; -IncludeReport fills Report and
 * -DiagnosticInfo "showtimeslots, showtimeline, verbose" the DiagnosticInfo XML. Takes requests from the pipeline.
 */
@CmdletInfo(verb = "Get", noun = "SyncRequestStatistics", outputType = RequestObjects.STATISTICS)
public class GetSyncRequestStatisticsCommand extends RequestCmdlet {
    @Parameter(mandatory = true, position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String identity;
    @Parameter
    boolean includeReport;
    @Parameter
    String diagnosticInfo;

    @Override
    protected void processRecord() {
        writeObject(RequestPresenter.statistics(session(), session().requests().get(identity), includeReport,
                diagnosticInfo));
    }
}
