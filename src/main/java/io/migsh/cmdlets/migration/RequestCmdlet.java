package io.migsh.cmdlets.migration;

/** Base of the sync request cmdlets: Exchange's recipient tasks. */
public abstract class RequestCmdlet extends ExchangeCmdlet {
    @Override
    protected String taskNamespace() {
        return "Microsoft.Exchange.Management.RecipientTasks";
    }
}
