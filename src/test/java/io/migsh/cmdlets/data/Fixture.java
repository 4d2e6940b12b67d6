package io.migsh.cmdlets.data;

import io.migsh.command.CmdletDefinition;
import io.migsh.command.CommandArgument;
import io.migsh.command.CommandProcessor;
import io.migsh.command.Pipeline;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.MapSessionState;
import io.migsh.runtime.SessionState;
import io.migsh.runtime.TextHost;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs one cmdlet without the language: a context over a plain variable map and a host that records output. */
final class Fixture {
    final StringBuilder output = new StringBuilder();
    final List<ErrorRecord> errors = new ArrayList<>();
    final List<String> progress;
    final Map<String, Object> vars = new LinkedHashMap<>();
    final ExecutionContext context;

    Fixture(Path location, Path dataDirectory) {
        SessionState state = new MapSessionState(vars);
        TextHost host = new TextHost(output);
        progress = host.progress;
        context = new ExecutionContext(state, host, location, dataDirectory, Clock.systemUTC());
        context.setErrorSink(errors::add);
    }

    /** Runs the cmdlet with these arguments ("-Name", value, ..., or positional values) and pipeline input. */
    List<Object> run(Class<? extends io.migsh.command.Cmdlet> cmdlet, List<?> input, Object... args) {
        List<CommandArgument> arguments = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof String s && s.startsWith("-")) {
                boolean flag = i + 1 >= args.length || (args[i + 1] instanceof String n && n.startsWith("-"));
                arguments.add(flag ? CommandArgument.Named.flag(s.substring(1))
                        : CommandArgument.Named.of(s.substring(1), args[++i]));
            } else {
                arguments.add(CommandArgument.Positional.of(args[i]));
            }
        }
        CommandProcessor p = CmdletDefinition.compile(cmdlet).newProcessor(arguments, context, null);
        List<Object> out = new ArrayList<>();
        Pipeline.run(List.of(p), input, out::add);
        return out;
    }
}
