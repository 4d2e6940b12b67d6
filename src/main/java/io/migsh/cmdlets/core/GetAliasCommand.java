package io.migsh.cmdlets.core;

import io.migsh.command.AliasInfo;
import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.CommandInfo;
import io.migsh.command.CommandRegistry;
import io.migsh.command.Parameter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.SourcePosition;
import io.migsh.runtime.WildcardPattern;

/** Get-Alias: aliases by name, or those of a command with -Definition. */
@CmdletInfo(verb = "Get", noun = "Alias", aliases = "gal")
public class GetAliasCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    String[] name;
    @Parameter
    String definition;

    @Override
    protected void process() {
        CommandRegistry registry = context().service(CommandRegistry.class);
        String[] patterns = name == null ? new String[] {"*"} : name;
        for (String pattern : patterns) {
            WildcardPattern p = WildcardPattern.of(pattern, false);
            boolean found = false;
            for (CommandInfo c : registry.all()) {
                if (!(c instanceof AliasInfo a) || !p.matches(a.name())) continue;
                if (definition != null && !WildcardPattern.of(definition, false).matches(a.definition())) continue;
                found = true;
                writeObject(CommandView.of(a));
            }
            if (!found && !WildcardPattern.hasWildcards(pattern)) {
                writeError(new ErrorRecord("System.Management.Automation.ItemNotFoundException",
                        "Cannot find alias because alias '" + pattern + "' does not exist.", "ItemNotFoundException",
                        ErrorCategory.ObjectNotFound, pattern, null, SourcePosition.NONE, null));
            }
        }
    }
}
