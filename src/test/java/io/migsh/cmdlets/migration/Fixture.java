package io.migsh.cmdlets.migration;

import io.migsh.command.Cmdlet;
import io.migsh.command.CmdletDefinition;
import io.migsh.command.CommandArgument;
import io.migsh.command.CommandProcessor;
import io.migsh.command.Pipeline;
import io.migsh.migration.FakeSynchronizer;
import io.migsh.migration.MigrationSession;
import io.migsh.migration.ServiceOptions;
import io.migsh.migration.TestClock;
import io.migsh.migration.sync.MailboxSynchronizer;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.Host;
import io.migsh.runtime.MapSessionState;
import io.migsh.runtime.SessionState;
import io.migsh.runtime.TextHost;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A shell context over a temporary data directory with a migration session whose service runs only when asked
 * (and a fake engine), a host that records what it is given, and a way to run cmdlets and pipelines as typed.
 */
final class Fixture implements AutoCloseable {
    final StringBuilder output = new StringBuilder();
    final List<ErrorRecord> errors = new ArrayList<>();
    final Map<String, Object> vars = new LinkedHashMap<>();
    final TestClock clock = TestClock.at2024();
    /** The fake engine, or null when the fixture runs another synchronizer. */
    final FakeSynchronizer engine;
    final ExecutionContext context;
    final MigrationSession session;

    /** One stage of a pipeline: a cmdlet and its arguments as typed ("-Name", value, "-Switch", "-Confirm:false"). */
    record Stage(Class<? extends Cmdlet> cmdlet, Object[] args) {}

    Fixture(Path dataDir) {
        this(dataDir, new FakeSynchronizer());
    }

    /** A fixture whose session runs this synchronizer (the real engine, for integration tests). */
    Fixture(Path dataDir, MailboxSynchronizer synchronizer) {
        this(dataDir, synchronizer, null);
    }

    /** A fixture with its own console (one that answers prompts, say); null records into {@link #output}. */
    Fixture(Path dataDir, MailboxSynchronizer synchronizer, Host console) {
        engine = synchronizer instanceof FakeSynchronizer fake ? fake : null;
        SessionState state = new MapSessionState(vars);
        Host host = console != null ? console : new TextHost(output);
        context = new ExecutionContext(state, host, dataDir, dataDir, clock);
        context.setErrorSink(errors::add);
        session = MigrationSession.open(dataDir, clock, synchronizer, ServiceOptions.manual());
        context.register(MigrationSession.class, session);
    }

    static Stage stage(Class<? extends Cmdlet> cmdlet, Object... args) {
        return new Stage(cmdlet, args);
    }

    List<Object> run(Class<? extends Cmdlet> cmdlet, Object... args) {
        return pipeline(stage(cmdlet, args));
    }

    List<Object> pipeline(Stage... stages) {
        List<CommandProcessor> processors = new ArrayList<>();
        for (Stage s : stages) {
            processors.add(CmdletDefinition.compile(s.cmdlet()).newProcessor(arguments(s.args()), context, null));
        }
        List<Object> out = new ArrayList<>();
        Pipeline.run(processors, null, out::add);
        return out;
    }

    private static List<CommandArgument> arguments(Object[] args) {
        List<CommandArgument> out = new ArrayList<>();
        for (Object a : args) {
            if (a instanceof String s && s.startsWith("-") && s.length() > 1 && Character.isLetter(s.charAt(1))) {
                int colon = s.indexOf(':');
                if (colon > 0) {
                    out.add(CommandArgument.Named.of(s.substring(1, colon), Boolean.parseBoolean(s.substring(colon + 1))));
                } else {
                    out.add(CommandArgument.Named.flag(s.substring(1)));
                }
            } else {
                out.add(CommandArgument.Positional.of(a));
            }
        }
        return out;
    }

    void runService() {
        try {
            session.service().runUntilIdle();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        session.close();
    }
}
