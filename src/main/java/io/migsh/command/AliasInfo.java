package io.migsh.command;

import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.SourcePosition;
import java.util.List;

/** An alias (gci, where, ?): a second name for a command, resolved when it runs. */
public record AliasInfo(String name, CommandInfo target) implements CommandInfo {
    @Override
    public CommandType commandType() {
        return CommandType.Alias;
    }

    @Override
    public CommandMetadata metadata() {
        return target.metadata();
    }

    @Override
    public CommandProcessor newProcessor(List<CommandArgument> arguments, ExecutionContext context, SourcePosition at) {
        return target.newProcessor(arguments, context, at);
    }

    /** Get-Alias prints "name -> target". */
    public String definition() {
        return target.name();
    }
}
