package io.migsh.cmdlets.core;

import io.migsh.lang.Interpreter;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.TextHost;
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
        interpreter = Interpreter.newSession(new TextHost(host), dir, dir.resolve(".migsh"),
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
}
