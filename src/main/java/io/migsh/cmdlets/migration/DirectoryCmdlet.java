package io.migsh.cmdlets.migration;

/** Base of the directory cmdlets (mailboxes, domains, databases): Exchange's recipient and configuration tasks. */
public abstract class DirectoryCmdlet extends ExchangeCmdlet {
    @Override
    protected String taskNamespace() {
        return "Microsoft.Exchange.Management.RecipientTasks";
    }
}
