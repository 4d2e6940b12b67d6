package io.migsh.lang.interpreter;

import io.migsh.command.CommandArgument;
import io.migsh.command.CommandInfo;
import io.migsh.command.CommandMetadata;
import io.migsh.command.CommandProcessor;
import io.migsh.command.CommandType;
import io.migsh.lang.ast.ScriptBlockAst;
import io.migsh.lang.lexer.ParseError;
import io.migsh.lang.parser.ParseResult;
import io.migsh.lang.parser.Parser;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.ExecutionContext;
import io.migsh.runtime.PsException;
import io.migsh.runtime.SourcePosition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A .ps1 file run by path (.\script.ps1, C:\x\y.ps1): parsed when it runs, with its own script scope. */
public final class ScriptFileInfo implements CommandInfo {
    private final Session session;
    private final Path path;

    public ScriptFileInfo(Session session, Path path) {
        this.session = session;
        this.path = path;
    }

    @Override
    public String name() {
        return path.getFileName().toString();
    }

    @Override
    public CommandType commandType() {
        return CommandType.ExternalScript;
    }

    @Override
    public CommandMetadata metadata() {
        return FunctionMetadata.of(name(), load(), session).command();
    }

    public Path path() {
        return path;
    }

    private ScriptBlockAst load() {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw RuntimeErrors.commandNotFound(path.toString(), SourcePosition.NONE);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        ParseResult r = Parser.parse(path.toString(), text);
        if (!r.ok()) throw parseError(r.errors().get(0));
        return r.ast();
    }

    /** A syntax error as the ParseException record PowerShell raises. */
    public static PsException parseError(ParseError e) {
        return new PsException(new ErrorRecord("System.Management.Automation.ParseException", e.message(), e.errorId(),
                ErrorCategory.ParserError, null, null, e.position(), null));
    }

    @Override
    public CommandProcessor newProcessor(List<CommandArgument> arguments, ExecutionContext context, SourcePosition at) {
        return processor(arguments, at, false);
    }

    CommandProcessor processor(List<CommandArgument> arguments, SourcePosition at, boolean dotSource) {
        ScriptBlockAst ast = load();
        return new ScriptProcessor(session, ast, FunctionMetadata.of(name(), ast, session), arguments, at, dotSource,
                Scope.Kind.SCRIPT, name(), path);
    }
}
