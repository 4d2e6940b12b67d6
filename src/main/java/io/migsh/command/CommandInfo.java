package io.migsh.command;

import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.SourcePosition;
import java.util.List;

/** Something a command name resolves to: a cmdlet, a function, an alias or a script (Get-Command's output). */
public interface CommandInfo {
    String name();

    CommandType commandType();

    CommandMetadata metadata();

    /** A fresh stage that will run this command with these arguments. */
    CommandProcessor newProcessor(List<CommandArgument> arguments, ExecutionContext context, SourcePosition at);
}
