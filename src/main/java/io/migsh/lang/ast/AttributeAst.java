package io.migsh.lang.ast;

import io.migsh.lang.lexer.Extent;
import java.util.List;
import java.util.Map;

/**
 * [Parameter(Mandatory, Position=0)], [ValidateSet('a','b')], [CmdletBinding()], or a type constraint such as
 * [string] ({@code typeConstraint} true, no arguments). A named argument without a value (Mandatory) is $true.
 */
public record AttributeAst(Extent extent, TypeName type, boolean typeConstraint, List<Expression> positional,
        Map<String, Expression> named) implements Ast {
    public boolean is(String name) {
        String n = type.name();
        return n.equalsIgnoreCase(name) || n.equalsIgnoreCase(name + "Attribute")
                || n.equalsIgnoreCase("System.Management.Automation." + name);
    }
}
