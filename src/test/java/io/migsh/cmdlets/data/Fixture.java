package io.migsh.cmdlets.data;

import io.migsh.command.CmdletDefinition;
import io.migsh.command.CommandArgument;
import io.migsh.command.CommandProcessor;
import io.migsh.command.Pipeline;
import io.migsh.runtime.ConsoleColor;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.Host;
import io.migsh.runtime.SessionState;
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
    final List<String> progress = new ArrayList<>();
    final Map<String, Object> vars = new LinkedHashMap<>();
    final ExecutionContext context;

    Fixture(Path location, Path dataDirectory) {
        SessionState state = new SessionState() {
            public Object get(String n) { return vars.get(n.replace("global:", "").toLowerCase()); }
            public boolean exists(String n) { return vars.containsKey(n.replace("global:", "").toLowerCase()); }
            public void set(String n, Object v) { vars.put(n.replace("global:", "").toLowerCase(), v); }
            public void remove(String n) { vars.remove(n.toLowerCase()); }
            public Map<String, Object> visible() { return vars; }
        };
        Host host = new Host() {
            public void write(String text) { output.append(text); }
            public void writeErrorLine(String text) { output.append(text).append('\n'); }
            public void writeWarningLine(String text) { output.append("WARNING: ").append(text).append('\n'); }
            public void writeVerboseLine(String text) { output.append("VERBOSE: ").append(text).append('\n'); }
            public void writeHost(String t, ConsoleColor f, ConsoleColor b, boolean nl) { output.append(t).append(nl ? "\n" : ""); }
            public String readLine(String prompt) { return null; }
            public char[] readSecret(String prompt) { return null; }
            public int width() { return 120; }
            public boolean isInteractive() { return false; }
            public void progress(int id, String a, String s, int p, boolean done) { progress.add(done ? "done" : a + ": " + s); }
        };
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
