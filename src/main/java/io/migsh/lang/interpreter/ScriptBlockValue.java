package io.migsh.lang.interpreter;

import io.migsh.command.CommandArgument;
import io.migsh.command.CommandProcessor;
import io.migsh.command.Pipeline;
import io.migsh.lang.ast.ScriptBlockAst;
import io.migsh.lang.ast.StatementBlock;
import io.migsh.runtime.ScriptBlock;
import io.migsh.runtime.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * A { } value. Cmdlets call it through {@link ScriptBlock#invoke} the way ForEach-Object and Where-Object do: in the
 * caller's scope with $_ set (and restored afterwards); &amp; { } runs it in a new scope like a function.
 */
public final class ScriptBlockValue implements ScriptBlock {
    private final ScriptBlockAst ast;
    private final Session session;
    private FunctionMetadata metadata;

    public ScriptBlockValue(ScriptBlockAst ast, Session session) {
        this.ast = ast;
        this.session = session;
    }

    public ScriptBlockAst ast() {
        return ast;
    }

    FunctionMetadata compiled() {
        if (metadata == null) metadata = FunctionMetadata.of("", ast, session);
        return metadata;
    }

    @Override
    public List<Object> invoke(Object dollarUnder, Object... args) {
        List<Object> out = new ArrayList<>();
        if (ast.paramBlock() != null) {
            List<CommandArgument> positional = new ArrayList<>();
            for (Object a : args) positional.add(CommandArgument.Positional.of(a));
            if (positional.isEmpty() && dollarUnder != null && ast.process() == null) {
                positional.add(CommandArgument.Positional.of(dollarUnder));
            }
            Pipeline.run(List.of(processor(positional, SourcePosition.NONE, false)), null, out::add);
            return out;
        }
        Scope scope = session.scopes().current();
        Variable under = scope.local("_");
        Object savedUnder = under == null ? null : under.value();
        Variable argsVar = scope.local("args");
        Object savedArgs = argsVar == null ? null : argsVar.value();
        scope.set("_", dollarUnder);
        scope.set("args", new ArrayList<>(java.util.Arrays.asList(args)));
        try {
            for (StatementBlock b : new StatementBlock[] {ast.begin(), ast.process(), ast.end()}) {
                if (b != null) session.executor.run(b.statements(), out::add);
            }
        } catch (FlowSignal f) {
            if (f.kind() != FlowSignal.Kind.RETURN) throw f;
        } finally {
            restore(scope, "_", under, savedUnder);
            restore(scope, "args", argsVar, savedArgs);
        }
        return out;
    }

    private static void restore(Scope scope, String name, Variable old, Object value) {
        if (old == null) scope.remove(name);
        else scope.set(name, value);
    }

    /** $sb.Invoke(args) and &amp; $sb: a new scope, arguments bound to param() or left in $args. */
    public List<Object> invokeInNewScope(List<Object> args) {
        List<CommandArgument> positional = new ArrayList<>();
        for (Object a : args) positional.add(CommandArgument.Positional.of(a));
        List<Object> out = new ArrayList<>();
        Pipeline.run(List.of(processor(positional, SourcePosition.NONE, false)), null, out::add);
        return out;
    }

    CommandProcessor processor(List<CommandArgument> args, SourcePosition at, boolean dotSource) {
        return new ScriptProcessor(session, ast, compiled(), args, at, dotSource, Scope.Kind.LOCAL, "<ScriptBlock>", null);
    }

    @Override
    public String text() {
        return ast.text();
    }

    @Override
    public String toString() {
        return text();
    }
}
