package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;
import io.migsh.migration.model.AcceptedDomain;

/** Get-AcceptedDomain: all accepted domains, or one by name, domain or GUID. */
@CmdletInfo(verb = "Get", noun = "AcceptedDomain", outputType = DirectoryObjects.ACCEPTED_DOMAIN)
public class GetAcceptedDomainCommand extends DirectoryCmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String identity;

    @Override
    protected String taskNamespace() {
        return "Microsoft.Exchange.Management.SystemConfigurationTasks";
    }

    @Override
    protected void processRecord() {
        for (AcceptedDomain d : session().directory().acceptedDomains(identity)) {
            writeObject(DirectoryObjects.acceptedDomain(d));
        }
    }
}
