package io.migsh.cmdlets.core;

import io.migsh.command.AliasInfo;
import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.CommandInfo;
import io.migsh.command.CommandRegistry;
import io.migsh.command.Parameter;
import io.migsh.command.ParameterMetadata;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.PsException;

/** Get-Help: a command's page from cmdlets/, its syntax from the command's own declaration. */
@CmdletInfo(verb = "Get", noun = "Help", aliases = "help", defaultParameterSet = "AllUsersView")
public class GetHelpCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    String name;
    @Parameter(sets = "Examples")
    boolean examples;
    @Parameter(sets = "AllUsersView")
    boolean full;
    @Parameter(sets = "DetailedView")
    boolean detailed;
    @Parameter(sets = "Parameters")
    String parameter;

    @Override
    protected void process() {
        if (name == null) {
            writeObject("\nmigsh: the Exchange Online IMAP-migration cmdlets in a PowerShell-style shell.\n\n"
                    + "    Get-Command -Noun Migration*   lists the migration cmdlets.\n"
                    + "    Get-Help <command> -Examples   shows worked examples.\n"
                    + "    Get-Help <command> -Full       shows every parameter.\n");
            return;
        }
        CommandRegistry registry = context().service(CommandRegistry.class);
        CommandInfo command = registry.find(name).orElseThrow(() -> new PsException(
                "Microsoft.PowerShell.Commands.HelpNotFoundException", "Get-Help could not find " + name
                + " in a help file in this session.", "HelpNotFound", ErrorCategory.ResourceUnavailable, name));
        if (command instanceof AliasInfo a) command = a.target();
        HelpPage page = HelpPage.load(command.name());
        if (page == null) page = new HelpPage("", "", java.util.Map.of(), "", java.util.List.of());
        if (parameter != null) {
            StringBuilder s = new StringBuilder("\n");
            for (ParameterMetadata p : command.metadata().ownParameters()) {
                if (io.migsh.runtime.WildcardPattern.of(parameter, false).matches(p.name())) {
                    s.append(HelpText.parameter(p, page));
                }
            }
            if (s.length() == 1) {
                throw new PsException("System.ArgumentException", "No parameter matches criteria " + parameter
                        + ".", "NoParmsFound", ErrorCategory.InvalidArgument, parameter);
            }
            writeObject(s.toString());
        } else if (examples) {
            writeObject(HelpText.examples(command, page));
        } else if (full || detailed) {
            writeObject(HelpText.full(command, page));
        } else {
            writeObject(HelpText.summary(command, page));
        }
    }
}
