package io.migsh.cmdlets.format;

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

/** A context over a plain variable map and a host that records what it is given. */
final class Fixture {
    int width = 120;
    final StringBuilder output = new StringBuilder();
    final List<ErrorRecord> errors = new ArrayList<>();
    final Map<String, Object> vars = new LinkedHashMap<>();
    final ExecutionContext context;

    Fixture() {
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
            public void writeHost(String t, io.migsh.runtime.ConsoleColor f, io.migsh.runtime.ConsoleColor b, boolean nl) { output.append(t).append(nl ? "\n" : ""); }
            public String readLine(String prompt) { return null; }
            public char[] readSecret(String prompt) { return null; }
            public int width() { return width; }
            public boolean isInteractive() { return false; }
        };
        context = new ExecutionContext(state, host, Path.of("."), Path.of("target/fixture-home"), Clock.systemUTC());
        context.setErrorSink(errors::add);
    }
}
