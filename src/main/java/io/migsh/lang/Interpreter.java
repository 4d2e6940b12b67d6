package io.migsh.lang;

import io.migsh.command.CommandArgument;
import io.migsh.command.CommandRegistry;
import io.migsh.command.Pipeline;
import io.migsh.lang.interpreter.Constructors;
import io.migsh.lang.interpreter.FlowSignal;
import io.migsh.lang.interpreter.FunctionMetadata;
import io.migsh.lang.interpreter.Scope;
import io.migsh.lang.interpreter.ScriptBlockValue;
import io.migsh.lang.interpreter.ScriptFileInfo;
import io.migsh.lang.interpreter.ScriptProcessor;
import io.migsh.lang.interpreter.Session;
import io.migsh.lang.interpreter.SessionScopes;
import io.migsh.lang.interpreter.StreamHost;
import io.migsh.lang.interpreter.TypeInfo;
import io.migsh.lang.interpreter.TypeResolver;
import io.migsh.lang.parser.ParseResult;
import io.migsh.lang.parser.Parser;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.Host;
import io.migsh.runtime.PsException;
import io.migsh.runtime.ScriptBlock;
import io.migsh.runtime.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The language's entry point: parses and runs command lines and script files in one session. Output objects go to
 * the consumer given to {@link #run}; non-terminating errors go to the context's error sink; a terminating error that
 * nothing catches ends the run as a {@link PsException}; {@code exit N} as an {@link ExitException}.
 */
public final class Interpreter {
    private final Session session;

    /** An interpreter over a context whose variables are a {@link SessionScopes} (see {@link #newSession}). */
    public Interpreter(ExecutionContext context, CommandRegistry commands) {
        this.session = new Session(context, commands);
        context.register(Interpreter.class, this);
        if (context.serviceOrNull(CommandRegistry.class) == null) context.register(CommandRegistry.class, commands);
    }

    /** A new session: its scopes, its execution context, and the interpreter over them. */
    public static Interpreter newSession(Host host, Path location, Path dataDirectory, Clock clock,
            CommandRegistry commands) {
        SessionScopes scopes = new SessionScopes();
        ExecutionContext context = new ExecutionContext(scopes, new StreamHost(host), location, dataDirectory, clock);
        return new Interpreter(context, commands);
    }

    public ExecutionContext context() {
        return session.context();
    }

    public SessionScopes scopes() {
        return session.scopes();
    }

    public CommandRegistry commands() {
        return session.commands();
    }

    /** $? after the last run: false when its last statement failed (pwsh -Command then exits with 1). */
    public boolean lastSucceeded() {
        return Boolean.TRUE.equals(session.scopes().read(null, "?"));
    }

    /** Parses without running: errors, and whether the text is merely incomplete (the shell then shows "&gt;&gt; "). */
    public ParseResult parse(String text) {
        return Parser.parse(null, text);
    }

    /**
     * Runs a script. With a file name it runs as that script file (its own script scope, $PSScriptRoot, param()
     * bound from {@code args}); without one it runs at the prompt's scope, like a typed command line.
     */
    public void run(String script, String fileName, List<Object> args, Consumer<Object> output) {
        ParseResult r = Parser.parse(fileName, script);
        if (!r.ok()) {
            // A parse error runs nothing, and is the line's failure: it goes to $Error and $? becomes false.
            PsException e = ScriptFileInfo.parseError(r.errors().get(0));
            session.scopes().succeeded(false);
            session.context().recordError(e.record());
            throw e;
        }
        boolean asFile = fileName != null;
        Path path = asFile ? Path.of(fileName).toAbsolutePath().normalize() : null;
        String name = asFile ? path.getFileName().toString() : "";
        ScriptProcessor p = new ScriptProcessor(session, r.ast(), FunctionMetadata.of(name, r.ast(), session),
                arguments(args), SourcePosition.NONE, !asFile, Scope.Kind.SCRIPT, name, path);
        try {
            Pipeline.run(List.of(p), null, output);
        } catch (FlowSignal f) {
            // break, continue or return outside any loop or function: the script simply ends
        } catch (PsException e) {
            session.scopes().succeeded(false);
            session.context().recordError(e.record());
            throw e;
        }
    }

    /** Runs a script file (pwsh -File): its text, then {@link #run} with its path. */
    public void runFile(Path file, List<Object> args, Consumer<Object> output) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        run(text, file.toString(), args, output);
    }

    /** A script block from text, as [scriptblock]::Create does. */
    public ScriptBlock scriptBlock(String text) {
        ParseResult r = Parser.parse(null, text);
        if (!r.ok()) throw ScriptFileInfo.parseError(r.errors().get(0));
        return new ScriptBlockValue(r.ast(), session);
    }

    /**
     * An object of a .NET type by name, as New-Object TypeName -ArgumentList creates it: the same types and
     * constructors as [Type]::new(...) ("System.Collections.ArrayList", "System.Text.StringBuilder", ...).
     */
    public Object newObject(String typeName, List<Object> arguments) {
        TypeInfo type = TypeResolver.find(typeName);
        if (type == null) {
            io.migsh.lang.parser.ParseResult r = Parser.parse(null, "[" + typeName + "]");
            if (r.ok() && r.ast().end().statements().size() == 1) {
                try {
                    Object v = session.evaluator().eval(((io.migsh.lang.ast.PipelineElement.ExpressionElement)
                            ((io.migsh.lang.ast.Statement.Pipeline) r.ast().end().statements().get(0)).elements().get(0))
                            .expression());
                    if (v instanceof TypeInfo t) type = t;
                } catch (PsException | ClassCastException e) {
                    type = null;
                }
            }
        }
        if (type == null) {
            throw new PsException("System.Management.Automation.PSArgumentException", "Cannot find type [" + typeName
                    + "]: verify that the assembly containing this type is loaded.", "TypeNotFound",
                    io.migsh.runtime.ErrorCategory.InvalidType, typeName);
        }
        return Constructors.create(type, arguments == null ? List.of() : arguments, session,
                type.fullName().substring(type.fullName().lastIndexOf('.') + 1));
    }

    /** Command-line arguments: "-Name" and "-Name:value" are parameter names, the rest are values. */
    private static List<CommandArgument> arguments(List<Object> args) {
        List<CommandArgument> out = new ArrayList<>();
        if (args == null) return out;
        for (Object a : args) {
            if (a instanceof String s && s.length() > 1 && s.charAt(0) == '-' && Character.isLetter(s.charAt(1))) {
                int colon = s.indexOf(':');
                if (colon > 0) out.add(CommandArgument.Named.of(s.substring(1, colon), s.substring(colon + 1)));
                else out.add(CommandArgument.Named.flag(s.substring(1)));
            } else {
                out.add(CommandArgument.Positional.of(a));
            }
        }
        return out;
    }
}
