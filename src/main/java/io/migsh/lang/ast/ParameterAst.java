package io.migsh.lang.ast;

import io.migsh.lang.lexer.Extent;
import java.util.List;

/** One parameter of a param() block or of function f($a, $b): attributes, type constraints, name, default. */
public record ParameterAst(Extent extent, String name, List<AttributeAst> attributes, Expression defaultValue)
        implements Ast {
    /** The last type constraint, e.g. [string] in [Parameter()][string]$Name; null when untyped. */
    public TypeName type() {
        TypeName t = null;
        for (AttributeAst a : attributes) if (a.typeConstraint()) t = a.type();
        return t;
    }

    public AttributeAst attribute(String name) {
        for (AttributeAst a : attributes) if (!a.typeConstraint() && a.is(name)) return a;
        return null;
    }
}
