package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.model.RequestStatus;
import io.migsh.migration.model.SyncRequest;

/** Get-SyncRequest: by identity ({@code mailbox\name} or GUID), or a mailbox's, filtered by status, batch, name. */
@CmdletInfo(verb = "Get", noun = "SyncRequest", outputType = RequestObjects.REQUEST)
public class GetSyncRequestCommand extends RequestCmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String identity;
    @Parameter(completion = "mailbox")
    String mailbox;
    @Parameter
    RequestStatus status;
    @Parameter
    String batchName;
    @Parameter
    String name;
    @Parameter
    Boolean suspend;
    @Parameter
    Object resultSize = 1000;

    @Override
    protected void processRecord() {
        var limit = Arguments.unlimited("ResultSize", resultSize);
        int written = 0;
        for (SyncRequest q : session().requests().find(identity, mailbox, status, batchName, name)) {
            if (suspend != null && suspend != (q.status() == RequestStatus.Suspended)) continue;
            if (limit.isExceededBy(++written)) {
                warnMoreResults(limit);
                return;
            }
            writeObject(RequestPresenter.request(session(), q));
        }
    }
}
