package io.migsh.lang.ast;

import io.migsh.lang.lexer.Extent;
import java.util.List;
import java.util.stream.Collectors;

/** A type as written in [ ]: a dotted name, optional generic arguments, and [] for arrays. */
public record TypeName(Extent extent, String name, List<TypeName> genericArguments, int arrayRank) implements Ast {
    /** The name as PowerShell shows it: System.Collections.Generic.List[string], string[]. */
    public String fullName() {
        StringBuilder sb = new StringBuilder(name);
        if (!genericArguments.isEmpty()) {
            sb.append(genericArguments.stream().map(TypeName::fullName).collect(Collectors.joining(",", "[", "]")));
        }
        sb.append("[]".repeat(arrayRank));
        return sb.toString();
    }

    public TypeName elementType() {
        return new TypeName(extent, name, genericArguments, Math.max(0, arrayRank - 1));
    }
}
