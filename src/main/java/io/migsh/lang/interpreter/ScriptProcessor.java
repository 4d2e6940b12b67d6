package io.migsh.lang.interpreter;

import io.migsh.command.CommandArgument;
import io.migsh.command.CommandProcessor;
import io.migsh.command.ParameterBinder;
import io.migsh.command.ParameterMetadata;
import io.migsh.lang.ExitException;
import io.migsh.lang.ast.ScriptBlockAst;
import io.migsh.lang.ast.StatementBlock;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.PsException;
import io.migsh.runtime.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a function, script block or script file as a pipeline stage: binds its parameters in a new scope (the same
 * scope when dot-sourced), then runs begin once, process once per input object ($_ set, pipeline parameters bound),
 * and end once ($input holding what the process block did not consume).
 */
public final class ScriptProcessor implements CommandProcessor {
    private final Session session;
    private final ScriptBlockAst ast;
    private final FunctionMetadata meta;
    private final List<CommandArgument> arguments;
    private final SourcePosition at;
    private final boolean dotSource;
    private final Scope.Kind kind;
    private final String name;
    private final Path scriptPath;
    private final List<Object> input = new ArrayList<>();
    private Scope scope;
    private Consumer<Object> downstream;
    private ScriptBinding binding;
    private boolean finished;

    public ScriptProcessor(Session session, ScriptBlockAst ast, FunctionMetadata meta, List<CommandArgument> arguments,
            SourcePosition at, boolean dotSource, Scope.Kind kind, String name, Path scriptPath) {
        this.session = session;
        this.ast = ast;
        this.meta = meta;
        this.arguments = arguments;
        this.at = at == null ? SourcePosition.NONE : at;
        this.dotSource = dotSource;
        this.kind = kind;
        this.name = name;
        this.scriptPath = scriptPath;
    }

    @Override
    public void begin(Consumer<Object> down, boolean expectingInput) {
        Scope parent = session.scopes().current();
        scope = dotSource ? parent : new Scope(parent, kind);
        Scope saved = session.scopes().enter(scope);
        try {
            binding = new ScriptBinding(session, meta, scope, at, name);
            // what this stage writes is processed by the next stages in the pipeline's scope, not in this one
            Consumer<Object> inPipelineScope = dotSource ? down : item -> {
                Scope mine = session.scopes().enter(parent);
                try {
                    down.accept(item);
                } finally {
                    session.scopes().restore(mine);
                }
            };
            this.downstream = binding.outVariable(inPipelineScope);
            if (scriptPath != null) scriptVariables();
            else if (kind == Scope.Kind.FUNCTION) functionVariables();
            binding.bind(arguments, expectingInput);
            if (ast.begin() != null) runBlock(ast.begin());
        } catch (PsException e) {
            throw located(e);
        } finally {
            session.scopes().restore(saved);
        }
    }

    private void scriptVariables() {
        String dir = scriptPath.getParent() == null ? "" : scriptPath.getParent().toString();
        scope.set("PSScriptRoot", dir);
        scope.set("PSCommandPath", scriptPath.toString());
        var invocation = new io.migsh.runtime.PsObject("System.Management.Automation.InvocationInfo", "System.Object");
        var command = new io.migsh.runtime.PsObject("System.Management.Automation.ExternalScriptInfo", "System.Object");
        command.add("Name", name).add("Path", scriptPath.toString()).add("Definition", scriptPath.toString());
        invocation.add("MyCommand", command.withToString(name)).add("InvocationName", name)
                .add("ScriptName", scriptPath.toString()).add("PSScriptRoot", dir)
                .add("PSCommandPath", scriptPath.toString());
        scope.set("MyInvocation", invocation);
    }

    private void functionVariables() {
        var invocation = new io.migsh.runtime.PsObject("System.Management.Automation.InvocationInfo", "System.Object");
        var command = new io.migsh.runtime.PsObject("System.Management.Automation.FunctionInfo", "System.Object");
        command.add("Name", name).add("CommandType", "Function").add("Definition", ast.text());
        invocation.add("MyCommand", command.withToString(name)).add("InvocationName", name)
                .add("ScriptLineNumber", at.line()).add("Line", at.lineText());
        scope.set("MyInvocation", invocation);
    }

    @Override
    public void process(Object item) {
        if (finished) return;
        Scope saved = session.scopes().enter(scope);
        try {
            if (meta.hasPipelineParameters() && !binding.bindInput(item)) {
                report(ParameterBinder.inputNotBound(item));
                return;
            }
            if (ast.process() != null) {
                scope.set("_", item);
                runBlock(ast.process());
            } else {
                input.add(item);
            }
        } catch (PsException e) {
            throw located(e);
        } finally {
            session.scopes().restore(saved);
        }
    }

    @Override
    public void processWithoutInput() {
        if (finished || ast.process() == null) return;
        Scope saved = session.scopes().enter(scope);
        try {
            runBlock(ast.process());
        } catch (PsException e) {
            throw located(e);
        } finally {
            session.scopes().restore(saved);
        }
    }

    @Override
    public void end() {
        Scope saved = session.scopes().enter(scope);
        try {
            if (!finished) {
                scope.set("input", input);
                if (ast.end() != null) runBlock(ast.end());
            }
            binding.finish();
        } catch (PsException e) {
            throw located(e);
        } finally {
            session.scopes().restore(saved);
        }
    }

    private void runBlock(StatementBlock block) {
        try {
            session.executor.run(block.statements(), downstream);
        } catch (FlowSignal f) {
            if (f.kind() != FlowSignal.Kind.RETURN) throw f;
        } catch (ExitException e) {
            if (kind != Scope.Kind.SCRIPT || scriptPath == null || at == SourcePosition.NONE) throw e;
            // exit in a script called from another one ends that script; its code is in $LASTEXITCODE
            session.scopes().global().set("LASTEXITCODE", e.code());
            finished = true;
        }
    }

    private void report(ErrorRecord raw) {
        session.report(raw.withCommand(name).withPosition(at));
    }

    private PsException located(PsException e) {
        ErrorRecord r = e.record();
        if (r.position().isKnown() && (r.commandName() != null || Executor.isThrown(r))) return e;
        PsException out = new PsException(r.commandName() == null && r.exceptionType().endsWith("ParameterBindingException")
                ? r.withCommand(name).withPosition(at) : r.withPosition(at));
        return out;
    }

    /** Used by $PSCmdlet.ParameterSetName. */
    String parameterSet() {
        return binding == null ? null : binding.parameterSet();
    }

    static List<ParameterMetadata> none() {
        return List.of();
    }
}
