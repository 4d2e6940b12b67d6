package io.migsh.lang.interpreter;

import io.migsh.lang.ExitException;
import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.Statement;
import io.migsh.lang.ast.StatementBlock;
import io.migsh.runtime.ActionPreference;
import io.migsh.runtime.ActionPreferenceStop;
import io.migsh.runtime.Conversions;
import io.migsh.runtime.ErrorCategory;
import io.migsh.runtime.ErrorRecord;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs statements. An error that escapes a statement ends only that statement: it is reported and the next one
 * runs, as in PowerShell, unless a try block encloses it, it came from throw, or $ErrorActionPreference is Stop.
 */
public final class Executor {
    private static final String RUNTIME = "System.Management.Automation.RuntimeException";
    private static final PsException CALL_DEPTH_OVERFLOW = new PsException(new ErrorRecord(
            "System.Management.Automation.ScriptCallDepthException", "The script failed due to call depth overflow.",
            "CallDepthOverflow", ErrorCategory.InvalidOperation, null, null, io.migsh.runtime.SourcePosition.NONE,
            new ThrowMarker()));
    private final Session session;

    Executor(Session session) {
        this.session = session;
    }

    public void run(List<Statement> statements, Consumer<Object> out) {
        for (Statement s : statements) runStatement(s, out);
    }

    List<Object> collect(List<Statement> statements) {
        List<Object> out = new ArrayList<>();
        run(statements, out::add);
        return out;
    }

    void runStatement(Statement s, Consumer<Object> out) {
        // $? is false after a command line whose commands wrote errors, even errors that were not displayed.
        int before = s instanceof Statement.Pipeline || s instanceof Statement.Assignment ? errorCount() : -1;
        try {
            execute(s, out);
            session.scopes().succeeded(before < 0 || errorCount() <= before);
        } catch (PsException e) {
            PsException located = RuntimeErrors.at(e, s.extent().position());
            session.scopes().succeeded(false);
            if (session.tryDepth > 0 || isThrown(located.record())) throw located;
            if (session.errorAction() == ActionPreference.Stop) throw RuntimeErrors.terminating(located);
            session.report(located.record());
        } catch (FlowSignal | ExitException e) {
            throw e;
        } catch (RuntimeException e) {
            // a defect must not take the shell down: it becomes an error record like any other failure
            PsException wrapped = new PsException(new ErrorRecord("System.Management.Automation.RuntimeException",
                    String.valueOf(e.getMessage()), e.getClass().getSimpleName(), ErrorCategory.NotSpecified, null, null,
                    s.extent().position(), e));
            if (session.tryDepth > 0 || session.errorAction() == ActionPreference.Stop) throw wrapped;
            session.report(wrapped.record());
        } catch (StackOverflowError e) {
            // built in advance: at the bottom of an overflowing stack there is no room to build anything
            throw CALL_DEPTH_OVERFLOW;
        }
    }

    /** Errors that end the whole script: throw, and Ctrl+C (PipelineStoppedException). */
    static boolean isThrown(ErrorRecord r) {
        return r.cause() instanceof ThrowMarker
                || r.exceptionType().equals("System.Management.Automation.PipelineStoppedException");
    }

    private void execute(Statement s, Consumer<Object> out) {
        if (s instanceof Statement.Pipeline p) {
            session.pipelines.run(p, out);
        } else if (s instanceof Statement.Assignment a) {
            assign(a);
        } else if (s instanceof Statement.If i) {
            for (Statement.IfClause c : i.clauses()) {
                if (truth(c.condition())) {
                    run(c.body().statements(), out);
                    return;
                }
            }
            if (i.elseBody() != null) run(i.elseBody().statements(), out);
        } else if (s instanceof Statement.ForEach f) {
            forEach(f, out);
        } else if (s instanceof Statement.For f) {
            forLoop(f, out);
        } else if (s instanceof Statement.While w) {
            while (truth(w.condition())) {
                if (loopBody(w.body(), w.label(), out)) break;
            }
        } else if (s instanceof Statement.DoLoop d) {
            do {
                if (loopBody(d.body(), d.label(), out)) break;
            } while (truth(d.condition()) != d.until());
        } else if (s instanceof Statement.Switch w) {
            new SwitchRunner(session).run(w, out);
        } else if (s instanceof Statement.Try t) {
            tryStatement(t, out);
        } else if (s instanceof Statement.Chain c) {
            int before = errorCount();
            runStatement(c.left(), out);
            boolean ok = Boolean.TRUE.equals(session.scopes().read(null, "?")) && errorCount() == before;
            if (c.op().equals("&&") == ok) runStatement(c.right(), out);
        } else if (s instanceof Statement.FunctionDefinition f) {
            FunctionInfo.define(session, f);
        } else if (s instanceof Statement.Break b) {
            throw new FlowSignal(FlowSignal.Kind.BREAK, b.label());
        } else if (s instanceof Statement.Continue c) {
            throw new FlowSignal(FlowSignal.Kind.CONTINUE, c.label());
        } else if (s instanceof Statement.Return r) {
            if (r.value() != null) execute(r.value(), out);
            throw new FlowSignal(FlowSignal.Kind.RETURN, null);
        } else if (s instanceof Statement.Exit e) {
            throw new ExitException(exitCode(e));
        } else if (s instanceof Statement.Throw t) {
            throw thrown(t);
        } else {
            throw new IllegalStateException("unknown statement " + s);
        }
    }

    private int errorCount() {
        return session.scopes().read("global", "error") instanceof List<?> l ? l.size() : 0;
    }

    boolean truth(Statement condition) {
        return LanguagePrimitives.toBool(AutomationNull.normalize(session.evaluator.valueOf(condition)));
    }

    /** Runs a loop body; true when a break ends the loop. */
    boolean loopBody(StatementBlock body, String label, Consumer<Object> out) {
        session.context().throwIfStopping();
        try {
            run(body.statements(), out);
            return false;
        } catch (FlowSignal f) {
            if (f.kind() == FlowSignal.Kind.BREAK && f.targets(label)) return true;
            if (f.kind() == FlowSignal.Kind.CONTINUE && f.targets(label)) return false;
            throw f;
        }
    }

    private void forEach(Statement.ForEach f, Consumer<Object> out) {
        Object collection = session.evaluator.valueOf(f.collection());
        if (collection == AutomationNull.VALUE || collection == null) return;
        Expression.Variable v = f.variable();
        Iterable<?> items = collection instanceof List<?> list ? list
                : LanguagePrimitives.isEnumerable(collection) ? LanguagePrimitives.enumerate(collection)
                : List.of(collection);
        for (Object item : items instanceof List<?> l ? new IndexedView(l) : items) {
            Assignments.set(session, v, item);
            if (loopBody(f.body(), f.label(), out)) return;
        }
    }

    /** Iterates a list by index, so a body that adds to the list does not break the loop. */
    private record IndexedView(List<?> list) implements Iterable<Object> {
        @Override
        public java.util.Iterator<Object> iterator() {
            return new java.util.Iterator<>() {
                private int i;

                @Override
                public boolean hasNext() {
                    return i < list.size();
                }

                @Override
                public Object next() {
                    return list.get(i++);
                }
            };
        }
    }

    static String bare(Expression.Variable v) {
        return v.scope() == null ? v.name() : v.name().substring(v.name().indexOf(':') + 1);
    }

    private void forLoop(Statement.For f, Consumer<Object> out) {
        if (f.init() != null) execute(f.init(), out);
        while (f.condition() == null || truth(f.condition())) {
            if (loopBody(f.body(), f.label(), out)) return;
            if (f.iterator() != null) execute(f.iterator(), out);
        }
    }

    /** $x = value, $x += value, ...: returns the assigned value (for "($x = 5)"). */
    Object assign(Statement.Assignment a) {
        if (a.op().equals("??=")) {
            // the value is evaluated only when the target is $null, as PowerShell 7 does
            Object current = AutomationNull.normalize(session.evaluator.eval(a.target()));
            if (current != null) return current;
            Object value = AutomationNull.normalize(session.evaluator.valueOf(a.value()));
            Assignments.set(session, a.target(), value);
            return value;
        }
        Object rhs = AutomationNull.normalize(session.evaluator.valueOf(a.value()));
        Object value = rhs;
        if (!a.op().equals("=")) {
            Object current = session.evaluator.eval(a.target());
            value = switch (a.op()) {
                case "+=" -> Arithmetic.add(current, rhs);
                case "-=" -> Arithmetic.subtract(current, rhs);
                case "*=" -> Arithmetic.multiply(current, rhs);
                case "/=" -> Arithmetic.divide(current, rhs);
                default -> Arithmetic.remainder(current, rhs);
            };
        }
        Assignments.set(session, a.target(), value);
        return value;
    }

    private int exitCode(Statement.Exit e) {
        if (e.value() == null) return 0;
        Object v = AutomationNull.normalize(session.evaluator.valueOf(e.value()));
        try {
            return v == null ? 0 : ((Number) Conversions.convert(v, Integer.class)).intValue();
        } catch (PsException ex) {
            return 0;
        }
    }

    /** throw "text", throw $errorRecord, throw $_.Exception, or a bare throw that rethrows the error in a catch. */
    private PsException thrown(Statement.Throw t) {
        ErrorRecord r;
        var where = t.extent().position();
        if (t.value() == null) {
            Object current = session.scopes().read(null, "_");
            r = current instanceof ErrorRecord er ? er
                    : new ErrorRecord(RUNTIME, "ScriptHalted", "ScriptHalted", ErrorCategory.OperationStopped, null, null,
                            where, null);
        } else {
            Object v = AutomationNull.normalize(session.evaluator.valueOf(t.value()));
            if (v instanceof ErrorRecord er) {
                r = er;
            } else if (v instanceof PsException pe) {
                r = pe.record();
            } else {
                String message = v == null ? "ScriptHalted" : LanguagePrimitives.toText(v);
                r = new ErrorRecord(RUNTIME, message, message, ErrorCategory.OperationStopped, v, null, where, null);
            }
        }
        return new PsException(new ErrorRecord(r.exceptionType(), r.message(), r.errorId(), r.category(),
                r.targetObject(), r.commandName(), r.position().isKnown() ? r.position() : where, new ThrowMarker()));
    }

    private void tryStatement(Statement.Try t, Consumer<Object> out) {
        try {
            PsException caught = null;
            session.tryDepth++;
            try {
                run(t.body().statements(), out);
            } catch (PsException e) {
                caught = e;
            } finally {
                session.tryDepth--;
            }
            if (caught != null) {
                Statement.CatchClause handler = handlerFor(t, caught.record());
                if (handler == null) throw caught;
                ErrorRecord record = withoutThrowMarker(caught.record());
                session.context().recordError(record);
                Scope scope = session.scopes().current();
                Variable saved = scope.local("_");
                Object savedValue = saved == null ? null : saved.value();
                scope.set("_", record);
                try {
                    run(handler.body().statements(), out);
                } finally {
                    if (saved == null) scope.remove("_");
                    else saved.value(savedValue);
                }
            }
        } finally {
            if (t.finallyBody() != null) run(t.finallyBody().statements(), out);
        }
    }

    private static ErrorRecord withoutThrowMarker(ErrorRecord r) {
        return r;
    }

    private static Statement.CatchClause handlerFor(Statement.Try t, ErrorRecord r) {
        for (Statement.CatchClause c : t.catches()) {
            if (c.types().isEmpty()) return c;
            for (var type : c.types()) {
                if (ExceptionTypes.matches(r.exceptionType(), type.fullName())) return c;
                if (r.isStoppedByPreference() && ExceptionTypes.matches(ActionPreferenceStop.TYPE, type.fullName())) {
                    return c;
                }
            }
        }
        return null;
    }
}
