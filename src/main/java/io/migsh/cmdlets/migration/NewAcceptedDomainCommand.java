package io.migsh.cmdlets.migration;

import io.migsh.command.CmdletInfo;
import io.migsh.command.Parameter;

/** New-AcceptedDomain: a domain mailboxes may have addresses in. */
@CmdletInfo(verb = "New", noun = "AcceptedDomain", supportsShouldProcess = true,
        outputType = DirectoryObjects.ACCEPTED_DOMAIN)
public class NewAcceptedDomainCommand extends DirectoryCmdlet {
    @Parameter(mandatory = true, position = 0)
    String name;
    @Parameter(mandatory = true)
    String domainName;
    @Parameter(validateSet = {"Authoritative"})
    String domainType = "Authoritative";

    @Override
    protected String taskNamespace() {
        return "Microsoft.Exchange.Management.SystemConfigurationTasks";
    }

    @Override
    protected void processRecord() {
        if (!shouldProcess(domainName, "New-AcceptedDomain")) return;
        writeObject(DirectoryObjects.acceptedDomain(session().directory().newAcceptedDomain(name, domainName)));
    }
}
