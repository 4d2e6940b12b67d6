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
import io.migsh.runtime.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Redirection of one command's streams (about_Redirection): &gt; and &gt;&gt; write the output as text through the
 * command named Out-File; 2&gt; does the same for errors; 2&gt;&amp;1 merges errors into the output; $null discards.
 */
final class Redirections implements CommandProcessor {
    private final Session session;
    private final CommandProcessor inner;
    private final SourcePosition at;
    private Target output;
    private Target errors;
    private boolean mergeErrors;
    private final List<Object> collectedOutput = new ArrayList<>();
    private final List<Object> collectedErrors = new ArrayList<>();
    private Consumer<Object> downstream;
    private Consumer<ErrorRecord> outerSink;

    /** Where a stream goes: a file (appending or not), or nowhere. */
    private record Target(String path, boolean append) {
        boolean discard() {
            return path == null;
        }
    }

    Redirections(Session session, CommandProcessor inner, List<Redirection> redirections, SourcePosition at) {
        this.session = session;
        this.inner = inner;
        this.at = at;
        for (Redirection r : redirections) {
            boolean out = r.stream().equals("1") || r.stream().equals("*");
            boolean err = r.stream().equals("2") || r.stream().equals("*");
            if (r.mergeTo() != null) {
                if (err) mergeErrors = true;
                continue;
            }
            Target t = target(session, r);
            if (out) output = t;
            if (err) errors = t;
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
        ctx.setErrorSink(this::error);
        try {
            step.run();
        } finally {
            ctx.setErrorSink(saved);
        }
    }

    private void error(ErrorRecord r) {
        if (mergeErrors) {
            pass(r);
        } else if (errors != null) {
            if (!errors.discard()) collectedErrors.add(r);
        } else {
            outerSink.accept(r);
        }
    }

    /** Sends an object on, with the caller's error sink restored while downstream stages run. */
    private void pass(Object item) {
        if (output != null) {
            if (!output.discard()) collectedOutput.add(item);
            return;
        }
        ExecutionContext ctx = session.context();
        Consumer<ErrorRecord> ours = ctx.errorSink();
        ctx.setErrorSink(outerSink);
        try {
            downstream.accept(item);
        } finally {
            ctx.setErrorSink(ours);
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
        if (output != null && !output.discard()) write(session, output.path(), output.append(), collectedOutput, at);
        if (errors != null && !errors.discard()) write(session, errors.path(), errors.append(), collectedErrors, at);
    }

    @Override
    public void dispose() {
        inner.dispose();
    }

    /** "text" &gt; file: the value of an expression at the head of a pipeline, redirected. */
    static void writeExpressionOutput(Session session, List<Redirection> redirections, List<Object> items,
            Consumer<Object> out) {
        for (Redirection r : redirections) {
            if (r.mergeTo() != null || !(r.stream().equals("1") || r.stream().equals("*"))) continue;
            Target t = target(session, r);
            if (!t.discard()) write(session, t.path(), t.append(), items, SourcePosition.NONE);
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
