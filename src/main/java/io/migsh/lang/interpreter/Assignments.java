package io.migsh.lang.interpreter;

import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.PipelineElement;
import io.migsh.lang.ast.Statement;
import io.migsh.runtime.LanguagePrimitives;
import java.util.List;

/** Stores a value into an assignable expression: a variable, [type]$variable, a property, an index, a list of them. */
final class Assignments {
    private Assignments() {}

    static void set(Session session, Expression target, Object value) {
        Evaluator ev = session.evaluator;
        if (target instanceof Expression.Variable v) {
            if (v.scope() == null) {
                if (v.key().equals("null")) return;
                Scope current = session.scopes().current();
                Variable local = current.local(v.key());
                if (local != null) local.value(value);
                else current.define(new Variable(v.name(), value, false));
                return;
            }
            session.scopes().write(v.scope(), Executor.bare(v), value);
        } else if (target instanceof Expression.Convert c && c.operand() instanceof Expression.Variable v) {
            TypeInfo type = TypeResolver.resolve(c.type());
            Object converted = Variable.constrained(value, type);
            String name = v.scope() == null ? v.name() : v.name().substring(v.name().indexOf(':') + 1);
            session.scopes().write(v.scope(), name, converted);
            Variable created = session.scopes().find(v.scope(), v.key());
            if (created != null) created.constrain(type);
        } else if (target instanceof Expression.Member m) {
            String name = ev.memberName(m.member());
            if (m.isStatic()) throw RuntimeErrors.propertyNotFound(name);
            MemberAccess.set(ev.eval(m.target()), name, value);
        } else if (target instanceof Expression.Index i) {
            Indexing.set(ev.eval(i.target()), ev.eval(i.index()), value);
        } else if (target instanceof Expression.ArrayLiteral a) {
            multiple(session, a.elements(), value);
        } else if (target instanceof Expression.Paren p && p.pipeline() instanceof Statement.Pipeline pl
                && pl.elements().get(0) instanceof PipelineElement.ExpressionElement x) {
            set(session, x.expression(), value);
        } else {
            throw RuntimeErrors.runtime("The assignment expression is not valid. The input to an assignment operator "
                    + "must be an object that is able to accept assignments, such as a variable or a property.",
                    "InvalidLeftHandSide");
        }
    }

    /** $a, $b, $rest = 1, 2, 3, 4: each target takes one value and the last takes what remains. */
    private static void multiple(Session session, List<Expression> targets, Object value) {
        List<Object> values = LanguagePrimitives.isEnumerable(value) ? LanguagePrimitives.enumerate(value)
                : java.util.Collections.singletonList(value);
        int n = targets.size();
        for (int i = 0; i < n; i++) {
            Object v;
            if (i < n - 1) {
                v = i < values.size() ? values.get(i) : null;
            } else if (values.size() - i > 1) {
                v = new java.util.ArrayList<>(values.subList(i, values.size()));
            } else {
                v = i < values.size() ? values.get(i) : null;
            }
            set(session, targets.get(i), v);
        }
    }
}
