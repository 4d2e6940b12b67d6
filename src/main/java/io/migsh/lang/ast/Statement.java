package io.migsh.lang.ast;

import io.migsh.lang.lexer.Extent;
import java.util.List;
import java.util.Set;

/** Statements (language spec chapter 8). */
public sealed interface Statement extends Ast {
    /** A pipeline: an optional leading expression and commands joined by |. */
    record Pipeline(Extent extent, List<PipelineElement> elements) implements Statement {}

    /** target op value, where op is = += -= *= /= %= and value is any statement (a pipeline, an if, ...). */
    record Assignment(Extent extent, Expression target, String op, Statement value) implements Statement {}

    record IfClause(Statement condition, StatementBlock body) {}

    record If(Extent extent, List<IfClause> clauses, StatementBlock elseBody) implements Statement {}

    record While(Extent extent, String label, Statement condition, StatementBlock body) implements Statement {}

    /** do { } while ( ) and do { } until ( ). */
    record DoLoop(Extent extent, String label, StatementBlock body, Statement condition, boolean until)
            implements Statement {}

    record For(Extent extent, String label, Statement init, Statement condition, Statement iterator,
            StatementBlock body) implements Statement {}

    record ForEach(Extent extent, String label, Expression.Variable variable, Statement collection,
            StatementBlock body) implements Statement {}

    record SwitchClause(Expression condition, StatementBlock body) {}

    /** switch [-regex|-wildcard|-exact|-casesensitive] ( subject ) { clauses }. */
    record Switch(Extent extent, String label, Set<String> flags, Statement subject, List<SwitchClause> clauses,
            StatementBlock defaultBody) implements Statement {}

    record Break(Extent extent, String label) implements Statement {}

    record Continue(Extent extent, String label) implements Statement {}

    record Return(Extent extent, Statement value) implements Statement {}

    record Exit(Extent extent, Statement value) implements Statement {}

    record Throw(Extent extent, Statement value) implements Statement {}

    record CatchClause(List<TypeName> types, StatementBlock body) {}

    record Try(Extent extent, StatementBlock body, List<CatchClause> catches, StatementBlock finallyBody)
            implements Statement {}

    /** PowerShell 7 pipeline chains: left &amp;&amp; right runs right when left succeeded, || when it failed. */
    record Chain(Extent extent, Statement left, String op, Statement right) implements Statement {}

    record FunctionDefinition(Extent extent, String name, boolean filter, ScriptBlockAst body) implements Statement {}
}
