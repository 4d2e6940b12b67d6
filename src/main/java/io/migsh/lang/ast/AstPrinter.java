package io.migsh.lang.ast;

import java.util.List;
import java.util.stream.Collectors;

/** Prints a syntax tree as compact S-expressions, for parser tests and for debugging. */
public final class AstPrinter {
    private AstPrinter() {}

    public static String print(ScriptBlockAst sb) {
        StringBuilder out = new StringBuilder();
        if (sb.paramBlock() != null) out.append(param(sb.paramBlock())).append(' ');
        if (sb.begin() != null) out.append("(begin ").append(block(sb.begin())).append(") ");
        if (sb.process() != null) out.append("(process ").append(block(sb.process())).append(") ");
        if (sb.end() != null) {
            out.append(sb.begin() == null && sb.process() == null ? statements(sb.end().statements())
                    : "(end " + block(sb.end()) + ")");
        }
        return out.toString().trim();
    }

    private static String param(ParamBlock p) {
        return "(param" + p.attributes().stream().map(a -> " " + attribute(a)).collect(Collectors.joining())
                + p.parameters().stream().map(AstPrinter::parameter).map(s -> " " + s).collect(Collectors.joining())
                + ")";
    }

    private static String parameter(ParameterAst p) {
        String attrs = p.attributes().stream().map(AstPrinter::attribute).collect(Collectors.joining());
        return attrs + "$" + p.name() + (p.defaultValue() == null ? "" : "=" + expr(p.defaultValue()));
    }

    private static String attribute(AttributeAst a) {
        if (a.typeConstraint()) return "[" + a.type().fullName() + "]";
        String args = a.positional().stream().map(AstPrinter::expr).collect(Collectors.joining(","));
        String named = a.named().entrySet().stream().map(e -> e.getKey() + "=" + expr(e.getValue()))
                .collect(Collectors.joining(","));
        String all = args.isEmpty() ? named : named.isEmpty() ? args : args + "," + named;
        return "[" + a.type().fullName() + "(" + all + ")]";
    }

    private static String block(StatementBlock b) {
        return "{" + statements(b.statements()) + "}";
    }

    private static String statements(List<Statement> list) {
        return list.stream().map(AstPrinter::statement).collect(Collectors.joining("; "));
    }

    public static String statement(Statement s) {
        if (s == null) return "_";
        if (s instanceof Statement.Pipeline p) return p.elements().size() == 1 ? element(p.elements().get(0))
                    : "(pipe " + p.elements().stream().map(AstPrinter::element).collect(Collectors.joining(" ")) + ")";
        if (s instanceof Statement.Assignment a) return "(" + a.op() + " " + expr(a.target()) + " " + statement(a.value()) + ")";
        if (s instanceof Statement.If i) return "(if" + i.clauses().stream().map(c -> " " + statement(c.condition()) + " "
                    + block(c.body())).collect(Collectors.joining()) + (i.elseBody() == null ? "" : " else "
                    + block(i.elseBody())) + ")";
        if (s instanceof Statement.While w) return "(while " + statement(w.condition()) + " " + block(w.body()) + ")";
        if (s instanceof Statement.DoLoop d) return "(do " + block(d.body()) + (d.until() ? " until " : " while ")
                    + statement(d.condition()) + ")";
        if (s instanceof Statement.For f) return "(for " + statement(f.init()) + " " + statement(f.condition()) + " "
                    + statement(f.iterator()) + " " + block(f.body()) + ")";
        if (s instanceof Statement.ForEach f) return "(foreach " + expr(f.variable()) + " " + statement(f.collection()) + " "
                    + block(f.body()) + ")";
        if (s instanceof Statement.Switch w) return "(switch" + w.flags().stream().map(f -> " -" + f).collect(Collectors.joining())
                    + " " + statement(w.subject()) + w.clauses().stream().map(c -> " " + expr(c.condition()) + " "
                    + block(c.body())).collect(Collectors.joining()) + (w.defaultBody() == null ? "" : " default "
                    + block(w.defaultBody())) + ")";
        if (s instanceof Statement.Chain c) return "(" + c.op() + " " + statement(c.left()) + " " + statement(c.right()) + ")";
        if (s instanceof Statement.Break b) return "(break" + (b.label() == null ? "" : " " + b.label()) + ")";
        if (s instanceof Statement.Continue c) return "(continue" + (c.label() == null ? "" : " " + c.label()) + ")";
        if (s instanceof Statement.Return r) return "(return " + statement(r.value()) + ")";
        if (s instanceof Statement.Exit e) return "(exit " + statement(e.value()) + ")";
        if (s instanceof Statement.Throw t) return "(throw " + statement(t.value()) + ")";
        if (s instanceof Statement.Try t) return "(try " + block(t.body()) + t.catches().stream().map(c -> " catch"
                    + c.types().stream().map(x -> "[" + x.fullName() + "]").collect(Collectors.joining()) + " "
                    + block(c.body())).collect(Collectors.joining()) + (t.finallyBody() == null ? "" : " finally "
                    + block(t.finallyBody())) + ")";
        if (s instanceof Statement.FunctionDefinition f) return "(" + (f.filter() ? "filter " : "function ") + f.name() + " "
                    + print(f.body()) + ")";
        throw new IllegalArgumentException(String.valueOf(s));
    }

    private static String element(PipelineElement e) {
        String redirs = e.redirections().stream().map(r -> " " + r.stream() + (r.append() ? ">>" : ">")
                + (r.mergeTo() != null ? "&" + r.mergeTo() : expr(r.target()))).collect(Collectors.joining());
        if (e instanceof PipelineElement.ExpressionElement x) return expr(x.expression()) + redirs;
        if (e instanceof PipelineElement.Command c) return "(cmd" + (c.invocation() == null ? "" : " " + c.invocation()) + " "
                    + expr(c.name()) + c.elements().stream().map(AstPrinter::commandElement)
                    .collect(Collectors.joining()) + redirs + ")";
        throw new IllegalArgumentException(String.valueOf(e));
    }

    private static String commandElement(CommandElement e) {
        if (e instanceof CommandElement.Parameter p) return " -" + p.name() + (p.argument() == null ? "" : ":" + expr(p.argument()));
        if (e instanceof CommandElement.Argument a) return " " + expr(a.value());
        throw new IllegalArgumentException(String.valueOf(e));
    }

    public static String expr(Expression e) {
        if (e instanceof Expression.Constant c) return String.valueOf(c.value()) + suffix(c.value());
        if (e instanceof Expression.StringConstant s) return s.kind() == Expression.StringKind.BARE ? s.value() : "'" + s.value() + "'";
        if (e instanceof Expression.ExpandableString x) return "\"" + x.parts().stream().map(p -> p instanceof
                    Expression.StringConstant s ? s.value() : "{" + expr(p) + "}").collect(Collectors.joining()) + "\"";
        if (e instanceof Expression.Variable v) return (v.splatted() ? "@" : "$") + v.name();
        if (e instanceof Expression.ArrayLiteral a) return "(, " + a.elements().stream().map(AstPrinter::expr)
                    .collect(Collectors.joining(" ")) + ")";
        if (e instanceof Expression.ArraySubExpression a) return "@(" + statements(a.statements()) + ")";
        if (e instanceof Expression.SubExpression a) return "$(" + statements(a.statements()) + ")";
        if (e instanceof Expression.Paren p) return "(" + statement(p.pipeline()) + ")";
        if (e instanceof Expression.Hashtable h) return "@{" + h.entries().stream().map(en -> expr(en.key()) + "="
                    + statement(en.value())).collect(Collectors.joining("; ")) + "}";
        if (e instanceof Expression.ScriptBlockExpr s) return "{" + print(s.block()) + "}";
        if (e instanceof Expression.Binary b) return "(" + b.op() + " " + expr(b.left()) + " " + expr(b.right()) + ")";
        if (e instanceof Expression.Ternary t) {
            return "(? " + expr(t.condition()) + " " + expr(t.ifTrue()) + " " + expr(t.ifFalse()) + ")";
        }
        if (e instanceof Expression.Unary u) return "(" + u.op() + " " + expr(u.operand()) + ")";
        if (e instanceof Expression.Convert c) return "([" + c.type().fullName() + "] " + expr(c.operand()) + ")";
        if (e instanceof Expression.TypeLiteral t) return "[" + t.type().fullName() + "]";
        if (e instanceof Expression.Member m) return "(" + (m.isStatic() ? "::" : ".") + " " + expr(m.target()) + " "
                    + expr(m.member()) + ")";
        if (e instanceof Expression.InvokeMember m) return "(" + (m.isStatic() ? "::" : ".") + " " + expr(m.target()) + " "
                    + expr(m.member()) + m.arguments().stream().map(AstPrinter::expr)
                    .collect(Collectors.joining(" ", "(", ")")) + ")";
        if (e instanceof Expression.Index i) return "([] " + expr(i.target()) + " " + expr(i.index()) + ")";
        throw new IllegalArgumentException(String.valueOf(e));
    }

    private static String suffix(Object v) {
        if (v instanceof Long) return "L";
        if (v instanceof Double) return "D";
        if (v instanceof java.math.BigDecimal) return "M";
        return "";
    }
}
