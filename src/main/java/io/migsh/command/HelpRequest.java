package io.migsh.command;

import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.SourcePosition;
import java.util.List;
import java.util.Optional;

/**
 * {@code X -?}: every command answers with its help instead of running, as PowerShell's command processor turns
 * the call into {@code Get-Help X}.
 */
public final class HelpRequest {
    private HelpRequest() {}

    /** True when the arguments hold {@code -?}. */
    public static boolean isRequested(List<CommandArgument> arguments) {
        for (CommandArgument a : arguments) {
            if (a instanceof CommandArgument.Named n && n.name().equals("?")) return true;
        }
        return false;
    }

    /** A stage that runs {@code Get-Help <command>}; empty when the session has no Get-Help. */
    public static Optional<CommandProcessor> processor(CommandInfo command, CommandRegistry commands,
            ExecutionContext context, SourcePosition at) {
        return commands.find("Get-Help").map(help -> help.newProcessor(
                List.of(CommandArgument.Positional.of(command.name())), context, at));
    }
}
