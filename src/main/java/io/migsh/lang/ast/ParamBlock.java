package io.migsh.lang.ast;

import io.migsh.lang.lexer.Extent;
import java.util.List;

/** [CmdletBinding()] param( ... ): the attributes before param and the parameters. */
public record ParamBlock(Extent extent, List<AttributeAst> attributes, List<ParameterAst> parameters) implements Ast {
    public AttributeAst attribute(String name) {
        for (AttributeAst a : attributes) if (a.is(name)) return a;
        return null;
    }
}
