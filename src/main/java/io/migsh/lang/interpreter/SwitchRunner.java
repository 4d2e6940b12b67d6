package io.migsh.lang.interpreter;

import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.Statement;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.ScriptBlock;
import io.migsh.runtime.WildcardPattern;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * switch (about_Switch): each input element is tested against every clause in order ($_ is the element); all
 * matching clauses run unless one breaks (ends the switch) or continues (next element); default runs when none did.
 */
final class SwitchRunner {
    private final Session session;

    SwitchRunner(Session session) {
        this.session = session;
    }

    void run(Statement.Switch w, Consumer<Object> out) {
        boolean regex = w.flags().contains("regex");
        boolean wildcard = w.flags().contains("wildcard");
        boolean caseSensitive = w.flags().contains("casesensitive");
        Scope scope = session.scopes().current();
        Variable saved = scope.local("_");
        Object savedValue = saved == null ? null : saved.value();
        try {
            for (Object item : items(w)) {
                scope.set("_", item);
                boolean matched = false;
                try {
                    for (Statement.SwitchClause c : w.clauses()) {
                        if (!matches(c.condition(), item, regex, wildcard, caseSensitive)) continue;
                        matched = true;
                        session.executor.run(c.body().statements(), out);
                    }
                    if (!matched && w.defaultBody() != null) session.executor.run(w.defaultBody().statements(), out);
                } catch (FlowSignal f) {
                    if (f.kind() == FlowSignal.Kind.BREAK && f.targets(w.label())) return;
                    if (f.kind() == FlowSignal.Kind.CONTINUE && f.targets(w.label())) continue;
                    throw f;
                }
            }
        } finally {
            if (saved == null) scope.remove("_");
            else saved.value(savedValue);
        }
    }

    private List<Object> items(Statement.Switch w) {
        Object subject = AutomationNull.normalize(session.evaluator.valueOf(w.subject()));
        if (w.flags().contains("file")) {
            try {
                return new ArrayList<>(Files.readAllLines(session.context().resolvePath(LanguagePrimitives.toText(subject))));
            } catch (IOException e) {
                throw RuntimeErrors.runtime("The file name argument to -file in the switch statement is not valid.",
                        "InvalidFilenameOption");
            }
        }
        if (LanguagePrimitives.isEnumerable(subject)) return LanguagePrimitives.enumerate(subject);
        List<Object> one = new ArrayList<>(1);
        one.add(subject);
        return one;
    }

    private boolean matches(Expression condition, Object item, boolean regex, boolean wildcard, boolean caseSensitive) {
        Object pattern = condition instanceof Expression.ScriptBlockExpr sb
                ? new ScriptBlockValue(sb.block(), session) : session.evaluator.eval(condition);
        if (pattern instanceof ScriptBlock sb) return LanguagePrimitives.toBool(sb.invokeForValue(item));
        if (regex) {
            try {
                Matcher m = RegexOps.pattern(pattern, !caseSensitive).matcher(LanguagePrimitives.toText(item));
                if (!m.find()) return false;
                session.scopes().current().set("Matches", RegexOps.matches(m));
                return true;
            } catch (PsException e) {
                throw e;
            }
        }
        if (wildcard) {
            return WildcardPattern.matches(LanguagePrimitives.toText(item), LanguagePrimitives.toText(pattern), !caseSensitive);
        }
        if (item instanceof String || pattern instanceof String) {
            String a = LanguagePrimitives.toText(item);
            String b = LanguagePrimitives.toText(pattern);
            return caseSensitive ? a.equals(b) : a.equalsIgnoreCase(b);
        }
        return Comparison.equal(item, pattern, !caseSensitive);
    }
}
