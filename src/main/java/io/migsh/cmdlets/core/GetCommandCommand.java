package io.migsh.cmdlets.core;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletInfo;
import io.migsh.command.CommandInfo;
import io.migsh.command.CommandRegistry;
import io.migsh.command.CommandSyntax;
import io.migsh.command.CommandType;
import io.migsh.command.Parameter;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.SourcePosition;
import io.migsh.runtime.WildcardPattern;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Get-Command: the commands of the session by name, verb, noun or type (wildcards allowed); -Syntax prints usage. */
@CmdletInfo(verb = "Get", noun = "Command", aliases = "gcm")
public class GetCommandCommand extends Cmdlet {
    @Parameter(position = 0, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    String[] name;
    @Parameter
    String verb;
    @Parameter
    String noun;
    @Parameter
    CommandType commandType;
    @Parameter
    boolean syntax;

    private final Set<CommandInfo> found = new LinkedHashSet<>();
    private boolean wildcards;

    @Override
    protected void process() {
        CommandRegistry registry = context().service(CommandRegistry.class);
        String[] patterns = name == null ? new String[] {"*"} : name;
        for (String pattern : patterns) {
            WildcardPattern p = WildcardPattern.of(pattern, false);
            boolean any = false;
            wildcards |= WildcardPattern.hasWildcards(pattern);
            for (CommandInfo c : registry.all()) {
                if (!p.matches(c.name()) || !fits(c)) continue;
                any = true;
                found.add(c);
            }
            if (!any && !WildcardPattern.hasWildcards(pattern)) {
                writeError(new ErrorRecord("System.Management.Automation.CommandNotFoundException", "The term '"
                        + pattern + "' is not recognized as a name of a cmdlet, function, script file, or executable "
                        + "program.\nCheck the spelling of the name, or if a path was included, verify that the path "
                        + "is correct and try again.", "CommandNotFoundException", ErrorCategory.ObjectNotFound,
                        pattern, null, SourcePosition.NONE, null));
            }
        }
    }

    /** Exact names come back in the order asked; a wildcard sorts all by command type (aliases first), then name. */
    @Override
    protected void end() {
        List<CommandInfo> all = new ArrayList<>(found);
        if (wildcards) all.sort(Comparator.comparing(CommandInfo::commandType));
        for (CommandInfo c : all) {
            if (syntax) for (String line : CommandSyntax.lines(c.metadata())) writeObject(line);
            else writeObject(CommandView.of(c));
        }
    }

    private boolean fits(CommandInfo c) {
        if (commandType != null && c.commandType() != commandType) return false;
        String n = c.name();
        int dash = n.indexOf('-');
        if (verb != null && (dash < 0 || !WildcardPattern.of(verb, false).matches(n.substring(0, dash)))) return false;
        return noun == null || (dash >= 0 && WildcardPattern.of(noun, false).matches(n.substring(dash + 1)));
    }
}
