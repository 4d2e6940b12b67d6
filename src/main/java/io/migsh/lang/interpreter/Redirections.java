package io.migsh.lang.interpreter;

import io.migsh.command.CommandArgument;
import io.migsh.command.CommandInfo;
import io.migsh.command.CommandProcessor;
import io.migsh.command.Pipeline;
import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.Redirection;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsObject;
import io.migsh.runtime.SourcePosition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Redirection of one command's streams (about_Redirection): &gt; and &gt;&gt; write the output as text through the
 * command named Out-File; 2&gt; does the same for errors, 3&gt; for warnings, 4&gt; for verbose messages, 6&gt; for
 * Write-Host text and *&gt; for all of them; n&gt;&amp;1 merges a stream into the output; $null discards.
 */
final class Redirections implements CommandProcessor {
    private static final String OUTPUT = "1";
    private static final String ERROR = "2";
    private static final Map<String, StreamHost.Stream> HOST_STREAMS = Map.of(
            "3", StreamHost.Stream.WARNING, "4", StreamHost.Stream.VERBOSE, "6", StreamHost.Stream.INFORMATION);

    private final Session session;
    private final CommandProcessor inner;
    private final SourcePosition at;
    /** Where each redirected stream goes; streams sent to the same file share one target, in order. */
    private final Map<String, Target> targets = new LinkedHashMap<>();
    /** Streams merged into the output (2&gt;&amp;1, *&gt;&amp;1). */
    private final List<String> merged = new ArrayList<>();
    private Consumer<Object> downstream;
    private Consumer<ErrorRecord> outerSink;
    private Map<StreamHost.Stream, Consumer<String>> outerRoutes;

    /** Where a stream goes: a file (appending or not) with what was written to it, or nowhere. */
    private static final class Target {
        final String path;
        final boolean append;
        final List<Object> items = new ArrayList<>();

        Target(String path, boolean append) {
            this.path = path;
            this.append = append;
        }

        boolean discard() {
            return path == null;
        }

        void accept(Object item) {
            if (!discard()) items.add(item);
        }
    }

    Redirections(Session session, CommandProcessor inner, List<Redirection> redirections, SourcePosition at) {
        this.session = session;
        this.inner = inner;
        this.at = at;
        for (Redirection r : redirections) {
            List<String> streams = r.stream().equals("*") ? List.of(OUTPUT, ERROR, "3", "4", "5", "6")
                    : List.of(r.stream());
            if (r.mergeTo() != null) {
                for (String s : streams) if (!s.equals(OUTPUT)) merged.add(s);
                continue;
            }
            Target t = target(session, r);
            for (String s : streams) targets.put(s, t);
        }
    }

    private static Target target(Session session, Redirection r) {
        Expression e = r.target();
        if (e instanceof Expression.Variable v && v.scope() == null && v.key().equals("null")) return new Target(null, false);
        String path = LanguagePrimitives.toText(session.evaluator.eval(e));
        return new Target(path, r.append());
    }

    private void within(Runnable step) {
        ExecutionContext ctx = session.context();
        Consumer<ErrorRecord> saved = ctx.errorSink();
        if (outerSink == null) outerSink = saved;
        StreamHost host = ctx.host() instanceof StreamHost h ? h : null;
        Map<StreamHost.Stream, Consumer<String>> savedRoutes = host == null ? null : host.routes();
        if (host != null && outerRoutes == null) outerRoutes = savedRoutes;
        ctx.setErrorSink(this::error);
        if (host != null) host.routes(routes(savedRoutes));
        try {
            step.run();
        } finally {
            ctx.setErrorSink(saved);
            if (host != null) host.routes(savedRoutes);
        }
    }

    /** The host routes while the command runs: its redirected streams, and the caller's for the others. */
    private Map<StreamHost.Stream, Consumer<String>> routes(Map<StreamHost.Stream, Consumer<String>> outer) {
        Map<StreamHost.Stream, Consumer<String>> routes = new EnumMap<>(StreamHost.Stream.class);
        routes.putAll(outer);
        for (Map.Entry<String, StreamHost.Stream> s : HOST_STREAMS.entrySet()) {
            StreamHost.Stream stream = s.getValue();
            if (merged.contains(s.getKey())) routes.put(stream, text -> pass(record(stream, text)));
            else if (targets.containsKey(s.getKey())) routes.put(stream, record -> targets.get(s.getKey()).accept(record));
        }
        return routes;
    }

    /** A warning, verbose or information record as it travels in the output: it prints as its message. */
    private static PsObject record(StreamHost.Stream stream, String text) {
        PsObject o = switch (stream) {
            case WARNING -> new PsObject("System.Management.Automation.WarningRecord",
                    "System.Management.Automation.InformationalRecord", "System.Object");
            case VERBOSE -> new PsObject("System.Management.Automation.VerboseRecord",
                    "System.Management.Automation.InformationalRecord", "System.Object");
            case INFORMATION -> new PsObject("System.Management.Automation.InformationRecord", "System.Object");
        };
        o.add(stream == StreamHost.Stream.INFORMATION ? "MessageData" : "Message", text);
        return o.withToString(text);
    }

    private void error(ErrorRecord r) {
        if (merged.contains(ERROR)) {
            pass(r);
        } else if (targets.containsKey(ERROR)) {
            targets.get(ERROR).accept(r);
        } else {
            outerSink.accept(r);
        }
    }

    /** Sends an object on, with the caller's error sink and streams restored while downstream stages run. */
    private void pass(Object item) {
        Target output = targets.get(OUTPUT);
        if (output != null) {
            output.accept(item);
            return;
        }
        ExecutionContext ctx = session.context();
        Consumer<ErrorRecord> ours = ctx.errorSink();
        StreamHost host = ctx.host() instanceof StreamHost h ? h : null;
        Map<StreamHost.Stream, Consumer<String>> ourRoutes = host == null ? null : host.routes();
        ctx.setErrorSink(outerSink);
        if (host != null) host.routes(outerRoutes);
        try {
            downstream.accept(item);
        } finally {
            ctx.setErrorSink(ours);
            if (host != null) host.routes(ourRoutes);
        }
    }

    @Override
    public void begin(Consumer<Object> down, boolean expectingInput) {
        this.downstream = down;
        within(() -> inner.begin(this::pass, expectingInput));
    }

    @Override
    public void process(Object input) {
        within(() -> inner.process(input));
    }

    @Override
    public void processWithoutInput() {
        within(inner::processWithoutInput);
    }

    @Override
    public void end() {
        within(inner::end);
        List<Target> written = new ArrayList<>();
        for (Target t : targets.values()) {
            if (t.discard() || written.contains(t)) continue;
            written.add(t);
            write(session, t.path, t.append, t.items, at);
        }
    }

    @Override
    public void dispose() {
        inner.dispose();
    }

    /** "text" &gt; file: the value of an expression at the head of a pipeline, redirected. */
    static void writeExpressionOutput(Session session, List<Redirection> redirections, List<Object> items,
            Consumer<Object> out) {
        for (Redirection r : redirections) {
            if (r.mergeTo() != null || !(r.stream().equals(OUTPUT) || r.stream().equals("*"))) continue;
            Target t = target(session, r);
            if (!t.discard()) write(session, t.path, t.append, items, SourcePosition.NONE);
            items.clear();
        }
    }

    private static void write(Session session, String path, boolean append, List<Object> items, SourcePosition at) {
        CommandInfo outFile = session.commands().find("Out-File")
                .orElseThrow(() -> RuntimeErrors.commandNotFound("Out-File", at));
        List<CommandArgument> args = new ArrayList<>();
        args.add(CommandArgument.Named.of("FilePath", path));
        if (append) args.add(CommandArgument.Named.flag("Append"));
        Pipeline.run(List.of(outFile.newProcessor(args, session.context(), at)), items, x -> { });
    }
}
