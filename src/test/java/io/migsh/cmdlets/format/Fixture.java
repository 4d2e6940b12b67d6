package io.migsh.cmdlets.format;

import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.Host;
import io.migsh.runtime.MapSessionState;
import io.migsh.runtime.SessionState;
import io.migsh.runtime.TextHost;
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
        SessionState state = new MapSessionState(vars);
        Host host = new TextHost(output, () -> width);
        context = new ExecutionContext(state, host, Path.of("."), Path.of("target/fixture-home"), Clock.systemUTC());
        context.setErrorSink(errors::add);
    }
}
