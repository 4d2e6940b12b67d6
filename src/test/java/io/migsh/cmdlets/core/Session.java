package io.migsh.cmdlets.core;

import io.migsh.lang.Interpreter;
import io.migsh.runtime.ConsoleColor;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.Host;
import io.migsh.shell.Shell;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A language session over every cmdlet of the shell, without formatting: scripts give objects and error records. */
final class Session {
    final List<ErrorRecord> errors = new ArrayList<>();
    final StringBuilder host = new StringBuilder();
    final Interpreter interpreter;

    Session(Path dir) {
        interpreter = Interpreter.newSession(new TextHost(), dir, dir.resolve(".migsh"),
                Clock.fixed(Instant.parse("2026-01-05T14:30:15Z"), ZoneOffset.UTC), Shell.commands());
        interpreter.context().setErrorSink(errors::add);
    }

    List<Object> run(String script) {
        List<Object> out = new ArrayList<>();
        interpreter.run(script, null, List.of(), out::add);
        return out;
    }

    /** The single object a script writes. */
    Object one(String script) {
        List<Object> out = run(script);
        if (out.size() != 1) throw new AssertionError(script + " wrote " + out);
        return out.get(0);
    }

    private final class TextHost implements Host {
        public void write(String text) { host.append(text); }
        public void writeErrorLine(String text) { host.append(text).append('\n'); }
        public void writeWarningLine(String text) { host.append("WARNING: ").append(text).append('\n'); }
        public void writeVerboseLine(String text) { host.append("VERBOSE: ").append(text).append('\n'); }
        public void writeHost(String t, ConsoleColor f, ConsoleColor b, boolean nl) { host.append(t).append(nl ? "\n" : ""); }
        public String readLine(String prompt) { return null; }
        public char[] readSecret(String prompt) { return null; }
        public int width() { return 120; }
        public boolean isInteractive() { return false; }
    }
}
