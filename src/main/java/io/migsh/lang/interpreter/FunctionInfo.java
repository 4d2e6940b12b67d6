package io.migsh.lang.interpreter;

import io.migsh.command.CommandArgument;
import io.migsh.command.CommandInfo;
import io.migsh.command.CommandMetadata;
import io.migsh.command.CommandProcessor;
import io.migsh.command.CommandType;
import io.migsh.lang.ast.ScriptBlockAst;
import io.migsh.lang.ast.Statement;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.SourcePosition;
import java.util.List;
import java.util.Locale;

/**
 * A function or filter defined by a script: a command like any cmdlet (Get-Command lists it), bound with the same
 * binder. Functions defined at the prompt or in global: scope go into the command registry; others live in the scope
 * that defined them, so a script's functions vanish when it ends unless it was dot-sourced.
 */
public final class FunctionInfo implements CommandInfo {
    private final String name;
    private final boolean filter;
    private final ScriptBlockAst body;
    private final Session session;
    private FunctionMetadata metadata;

    public FunctionInfo(String name, boolean filter, ScriptBlockAst body, Session session) {
        this.name = name;
        this.filter = filter;
        this.body = body;
        this.session = session;
    }

    static void define(Session session, Statement.FunctionDefinition def) {
        String[] parts = SessionScopes.split(def.name());
        String scope = parts[0];
        String plain = scope == null || !(scope.equals("global") || scope.equals("script") || scope.equals("local")
                || scope.equals("private")) ? def.name() : parts[1];
        if (plain != def.name()) scope = scope.toLowerCase(Locale.ROOT);
        else scope = null;
        FunctionInfo f = new FunctionInfo(plain, def.filter(), def.body(), session);
        Scope current = session.scopes().current();
        Scope target = "global".equals(scope) ? current.global()
                : "script".equals(scope) ? current.nearest(Scope.Kind.SCRIPT) : current;
        target.defineFunction(f);
        if (target.kind() == Scope.Kind.GLOBAL) session.commands().add(f);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CommandType commandType() {
        return filter ? CommandType.Filter : CommandType.Function;
    }

    @Override
    public CommandMetadata metadata() {
        return compiled().command();
    }

    FunctionMetadata compiled() {
        if (metadata == null) metadata = FunctionMetadata.of(name, body, session);
        return metadata;
    }

    public ScriptBlockAst body() {
        return body;
    }

    /** The function's text, as Get-Command's Definition shows it. */
    public String definition() {
        return body.text();
    }

    @Override
    public CommandProcessor newProcessor(List<CommandArgument> arguments, ExecutionContext context, SourcePosition at) {
        return processor(arguments, at, false);
    }

    CommandProcessor processor(List<CommandArgument> arguments, SourcePosition at, boolean dotSource) {
        return new ScriptProcessor(session, body, compiled(), arguments, at, dotSource, Scope.Kind.FUNCTION, name, null);
    }
}
