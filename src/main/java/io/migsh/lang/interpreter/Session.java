package io.migsh.lang.interpreter;

import io.migsh.command.CommandRegistry;
import io.migsh.runtime.ActionPreference;
import io.migsh.runtime.Conversions;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.PsException;

/** Everything a running script reaches: the context, the commands, the scopes and the evaluators. */
public final class Session {
    private final ExecutionContext context;
    private final CommandRegistry commands;
    private final SessionScopes scopes;
    final Evaluator evaluator;
    final Executor executor;
    final PipelineRunner pipelines;
    /** How many try blocks enclose the code now running (errors then go to catch instead of being reported). */
    int tryDepth;

    public Session(ExecutionContext context, CommandRegistry commands) {
        if (!(context.variables() instanceof SessionScopes s)) {
            throw new IllegalArgumentException("the context's variables must be the language's SessionScopes");
        }
        this.context = context;
        this.commands = commands;
        this.scopes = s;
        s.attach(context);
        this.evaluator = new Evaluator(this);
        this.executor = new Executor(this);
        this.pipelines = new PipelineRunner(this);
        // Load what error handling needs now: at the bottom of an overflowing stack nothing more can be loaded.
        new Throwable().getStackTrace();
        RuntimeErrors.runtime("", "").record().withPosition(io.migsh.runtime.SourcePosition.NONE);
    }

    public ExecutionContext context() {
        return context;
    }

    public CommandRegistry commands() {
        return commands;
    }

    public SessionScopes scopes() {
        return scopes;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    public Executor executor() {
        return executor;
    }

    /** $ErrorActionPreference as seen from the current scope. */
    ActionPreference errorAction() {
        Object v = scopes.read(null, "erroractionpreference");
        if (v == null) return ActionPreference.Continue;
        try {
            return (ActionPreference) Conversions.convert(v, ActionPreference.class);
        } catch (PsException e) {
            return ActionPreference.Continue;
        }
    }

    /** A statement-terminating error nobody catches: into $Error and to the error display, as preferences say. */
    void report(ErrorRecord record) {
        ActionPreference pref = errorAction();
        if (pref == ActionPreference.Ignore) return;
        context.recordError(record);
        if (pref != ActionPreference.SilentlyContinue) context.errorSink().accept(record);
    }
}
