package io.migsh.lang.interpreter;

import io.migsh.command.CommandArgument;
import io.migsh.command.CommandInfo;
import io.migsh.command.CommandProcessor;
import io.migsh.command.HelpRequest;
import io.migsh.command.Pipeline;
import io.migsh.lang.ast.CommandElement;
import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.PipelineElement;
import io.migsh.lang.ast.Statement;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs a pipeline: a leading expression's value is enumerated into the first command, commands are resolved
 * (functions, cmdlets and aliases, script files by path) and bound, and the stages run through {@link Pipeline}.
 */
final class PipelineRunner {
    private final Session session;

    PipelineRunner(Session session) {
        this.session = session;
    }

    void run(Statement.Pipeline p, Consumer<Object> out) {
        List<PipelineElement> elements = p.elements();
        PipelineElement first = elements.get(0);
        if (elements.size() == 1 && first instanceof PipelineElement.ExpressionElement x && x.redirections().isEmpty()) {
            Expression e = x.expression();
            if (e instanceof Expression.Unary u && u.op().length() > 1 && (u.op().endsWith("++") || u.op().endsWith("--"))) {
                session.evaluator.eval(e);
                return;
            }
            emit(session.evaluator.evalRaw(e), out);
            return;
        }
        List<Object> input = null;
        int start = 0;
        if (first instanceof PipelineElement.ExpressionElement x) {
            input = asInput(session.evaluator.evalRaw(x.expression()));
            start = 1;
            if (!x.redirections().isEmpty()) {
                Redirections.writeExpressionOutput(session, x.redirections(), input, out);
                if (elements.size() == 1) return;
            }
        }
        List<CommandProcessor> stages = new ArrayList<>();
        for (int i = start; i < elements.size(); i++) stages.add(processor((PipelineElement.Command) elements.get(i)));
        Pipeline.run(stages, input, out);
    }

    static void emit(Object v, Consumer<Object> out) {
        if (v == AutomationNull.VALUE) return;
        if (v instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) out.accept(list.get(i));
        } else if (LanguagePrimitives.isEnumerable(v)) {
            for (Object item : LanguagePrimitives.enumerate(v)) out.accept(item);
        } else {
            out.accept(v);
        }
    }

    static List<Object> asInput(Object v) {
        // a range is read as it goes (1..1e9 | Select-Object -First 2); any other list is copied, so that a command
        // that changes it does not change what is still to come
        if (v instanceof io.migsh.runtime.RangeList range) return range;
        List<Object> items = new ArrayList<>();
        emit(v, items::add);
        return items;
    }

    private CommandProcessor processor(PipelineElement.Command c) {
        List<CommandArgument> args = arguments(c.elements());
        SourcePosition at = c.extent().position();
        CommandProcessor p;
        boolean dot = ".".equals(c.invocation());
        if (c.invocation() == null) {
            String name = commandName(c.name());
            p = newProcessor(resolve(name, c.name().extent().position()), args, at);
        } else {
            Object target = session.evaluator.eval(c.name());
            p = invocationOf(target, args, at, dot, c);
        }
        p = StopPromotion.wrapIfStop(p, args);
        return c.redirections().isEmpty() ? p : new Redirections(session, p, c.redirections(), at);
    }

    private CommandProcessor invocationOf(Object target, List<CommandArgument> args, SourcePosition at, boolean dot,
            PipelineElement.Command c) {
        if (target instanceof ScriptBlockValue sb) return sb.processor(args, at, dot);
        CommandInfo info;
        if (target instanceof CommandInfo ci) {
            info = ci;
        } else if (target instanceof String s) {
            info = resolve(s, c.name().extent().position());
        } else {
            throw RuntimeErrors.runtime("The expression after '" + c.invocation() + "' in a pipeline element produced an "
                    + "object that was not valid. It must result in a command name, a script block, or a CommandInfo "
                    + "object.", "BadExpression");
        }
        if (dot && info instanceof FunctionInfo f) return f.processor(args, at, true);
        if (dot && info instanceof ScriptFileInfo s) return s.processor(args, at, true);
        return newProcessor(info, args, at);
    }

    /** The command's stage, or Get-Help's when the arguments ask for help with -?. */
    private CommandProcessor newProcessor(CommandInfo info, List<CommandArgument> args, SourcePosition at) {
        if (HelpRequest.isRequested(args)) {
            Optional<CommandProcessor> help = HelpRequest.processor(info, session.commands(), session.context(), at);
            if (help.isPresent()) return help.get();
        }
        return info.newProcessor(args, session.context(), at);
    }

    private String commandName(Expression name) {
        if (name instanceof Expression.StringConstant s) return s.value();
        return LanguagePrimitives.toText(session.evaluator.eval(name));
    }

    /** A function in scope, then a cmdlet or alias, then a script file by path; otherwise CommandNotFound. */
    CommandInfo resolve(String name, SourcePosition at) {
        FunctionInfo f = session.scopes().current().function(name);
        if (f != null) return f;
        Optional<CommandInfo> found = session.commands().find(name);
        if (found.isPresent()) return found.get();
        if (name.contains("/") || name.contains("\\") || name.toLowerCase(java.util.Locale.ROOT).endsWith(".ps1")) {
            String normalized = name.replace('\\', java.io.File.separatorChar);
            Path path = session.context().resolvePath(normalized);
            if (!path.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ps1") && Files.isRegularFile(
                    Path.of(path + ".ps1"))) {
                path = Path.of(path + ".ps1");
            }
            if (Files.isRegularFile(path) && (name.contains("/") || name.contains("\\"))) {
                return new ScriptFileInfo(session, path);
            }
        }
        throw RuntimeErrors.commandNotFound(name, at);
    }

    /** The arguments as the binder takes them; @splat expands a hashtable to named and an array to positional ones. */
    List<CommandArgument> arguments(List<CommandElement> elements) {
        List<CommandArgument> out = new ArrayList<>(elements.size());
        for (CommandElement el : elements) {
            SourcePosition at = el.extent().position();
            if (el instanceof CommandElement.Parameter p) {
                if (p.argument() != null) {
                    out.add(new CommandArgument.Named(p.name(), session.evaluator.eval(p.argument()), true, at));
                } else {
                    out.add(new CommandArgument.Named(p.name(), null, false, at));
                }
                continue;
            }
            Expression v = ((CommandElement.Argument) el).value();
            if (v instanceof Expression.Variable var && var.splatted()) {
                splat(session.scopes().read(var.scope(), var.key()), at, out);
            } else {
                out.add(new CommandArgument.Positional(session.evaluator.eval(v), at));
            }
        }
        return out;
    }

    private static void splat(Object value, SourcePosition at, List<CommandArgument> out) {
        if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.add(new CommandArgument.Named(LanguagePrimitives.toText(e.getKey()), e.getValue(), true, at));
            }
        } else if (LanguagePrimitives.isEnumerable(value)) {
            for (Object item : LanguagePrimitives.enumerate(value)) out.add(new CommandArgument.Positional(item, at));
        } else if (value != null) {
            out.add(new CommandArgument.Positional(value, at));
        }
    }
}
