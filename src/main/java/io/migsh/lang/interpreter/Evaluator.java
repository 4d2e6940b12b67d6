package io.migsh.lang.interpreter;

import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.PipelineElement;
import io.migsh.lang.ast.Statement;
import io.migsh.runtime.LanguagePrimitives;
import io.migsh.runtime.PsException;
import io.migsh.runtime.PsHashtable;
import java.util.ArrayList;
import java.util.List;

/** Evaluates expressions to values. Errors get the position of the expression that failed. */
public final class Evaluator {
    private final Session session;
    private final Operators operators;

    Evaluator(Session session) {
        this.session = session;
        this.operators = new Operators(session, this);
    }

    /** The value of an expression; "nothing" ({@link AutomationNull}) becomes $null. */
    public Object eval(Expression e) {
        Object v = evalRaw(e);
        return v == AutomationNull.VALUE ? null : v;
    }

    /** The value of an expression, keeping {@link AutomationNull} so a statement can write nothing. */
    public Object evalRaw(Expression e) {
        if (e instanceof Expression.Variable v) return variable(v);
        if (e instanceof Expression.Constant c) return c.value();
        if (e instanceof Expression.StringConstant s) return s.value();
        try {
            return compute(e);
        } catch (PsException ex) {
            throw RuntimeErrors.at(ex, e.extent().position());
        }
    }

    private Object compute(Expression e) {
        if (e instanceof Expression.Binary b) return operators.binary(b);
        if (e instanceof Expression.Ternary t) {
            return LanguagePrimitives.toBool(eval(t.condition())) ? eval(t.ifTrue()) : eval(t.ifFalse());
        }
        if (e instanceof Expression.Member m) return member(m);
        if (e instanceof Expression.InvokeMember m) return invoke(m);
        if (e instanceof Expression.Index i) return Indexing.get(eval(i.target()), eval(i.index()));
        if (e instanceof Expression.ExpandableString x) return expand(x);
        if (e instanceof Expression.Paren p) return valueOf(p.pipeline());
        if (e instanceof Expression.Unary u) return operators.unary(u);
        if (e instanceof Expression.ArrayLiteral a) {
            List<Object> out = new ArrayList<>(a.elements().size());
            for (Expression item : a.elements()) out.add(eval(item));
            return out;
        }
        if (e instanceof Expression.Hashtable h) return hashtable(h, false);
        if (e instanceof Expression.ScriptBlockExpr s) return new ScriptBlockValue(s.block(), session);
        if (e instanceof Expression.SubExpression s) {
            List<Object> out = session.executor.collect(s.statements());
            return out.isEmpty() ? AutomationNull.VALUE : LanguagePrimitives.unwrapSingle(out);
        }
        if (e instanceof Expression.ArraySubExpression s) return session.executor.collect(s.statements());
        if (e instanceof Expression.Convert c) return convert(c);
        if (e instanceof Expression.TypeLiteral t) return TypeResolver.resolve(t.type());
        throw new IllegalStateException("unknown expression " + e);
    }

    Object variable(Expression.Variable v) {
        return session.scopes().read(v.scope(), v.key());
    }

    /**
     * The value of a statement used as a value ($x = ..., ( ... ), a condition): an expression's value as it is,
     * an assignment's assigned value, or the collected output of a pipeline (nothing, one object, or a list).
     */
    public Object valueOf(Statement s) {
        if (s instanceof Statement.Pipeline p && p.elements().size() == 1
                && p.elements().get(0) instanceof PipelineElement.ExpressionElement x && x.redirections().isEmpty()) {
            return evalRaw(x.expression());
        }
        if (s instanceof Statement.Assignment a) return session.executor.assign(a);
        List<Object> out = session.executor.collect(List.of(s));
        return out.isEmpty() ? AutomationNull.VALUE : LanguagePrimitives.unwrapSingle(out);
    }

    /** "text $var $(expr)": each embedded value as text (arrays joined with spaces, as $OFS says). */
    String expand(Expression.ExpandableString x) {
        StringBuilder sb = new StringBuilder();
        for (Expression part : x.parts()) {
            if (part instanceof Expression.StringConstant c) {
                sb.append(c.value());
            } else {
                sb.append(LanguagePrimitives.toText(eval(part)));
            }
        }
        return sb.toString();
    }

    PsHashtable hashtable(Expression.Hashtable h, boolean ordered) {
        PsHashtable table = new PsHashtable(ordered);
        for (Expression.HashEntry entry : h.entries()) {
            Object key = entry.key() instanceof Expression.StringConstant s ? s.value() : eval(entry.key());
            if (key == null) throw RuntimeErrors.runtime("A null key is not allowed in a hash literal.", "InvalidNullKey");
            if (table.containsKey(key)) {
                throw RuntimeErrors.runtime("Duplicate keys '" + key + "' are not allowed in hash literals.",
                        "DuplicateKeyInHashLiteral");
            }
            table.put(key, AutomationNull.normalize(valueOf(entry.value())));
        }
        return table;
    }

    private Object convert(Expression.Convert c) {
        TypeInfo type = TypeResolver.resolve(c.type());
        if (c.operand() instanceof Expression.Hashtable h) {
            if (type.kind() == TypeInfo.Kind.ORDERED) return hashtable(h, true);
            if (type.kind() == TypeInfo.Kind.PSCUSTOMOBJECT) return Casts.convert(hashtable(h, true), type);
        }
        if (type.kind() == TypeInfo.Kind.ORDERED) {
            throw RuntimeErrors.runtime("The [ordered] attribute can be specified only on a hash literal node.",
                    "OrderedAttributeOnlyOnHashLiteralNode");
        }
        return Casts.convert(evalRaw(c.operand()), type);
    }

    /** The name of a member: a bareword, or the text of any expression ($x.$name, $x.("a" + "b")). */
    String memberName(Expression member) {
        if (member instanceof Expression.StringConstant s) return s.value();
        return LanguagePrimitives.toText(eval(member));
    }

    private Object member(Expression.Member m) {
        String name = memberName(m.member());
        if (m.isStatic()) return StaticMembers.get(typeOf(m.target()), name, session);
        return MemberAccess.get(eval(m.target()), name);
    }

    private Object invoke(Expression.InvokeMember m) {
        String name = memberName(m.member());
        List<Object> args = new ArrayList<>(m.arguments().size());
        for (Expression a : m.arguments()) args.add(eval(a));
        if (m.isStatic()) return StaticMembers.invoke(typeOf(m.target()), name, args, session);
        return Methods.invoke(eval(m.target()), name, args, session);
    }

    private TypeInfo typeOf(Expression target) {
        Object t = eval(target);
        if (t instanceof TypeInfo ti) return ti;
        if (t instanceof String s) {
            TypeInfo ti = TypeResolver.find(s);
            if (ti != null) return ti;
            throw RuntimeErrors.typeNotFound(s);
        }
        throw RuntimeErrors.runtime("Unable to find type [" + LanguagePrimitives.toText(t) + "].", "TypeNotFound");
    }

    Session session() {
        return session;
    }
}
