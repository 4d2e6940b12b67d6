package io.migsh.format;

import io.migsh.runtime.ScriptBlock;

/** How a view column or list item gets its value from an object: a property read or a script block. */
@FunctionalInterface
public interface ValueExpression {
    Object valueOf(Object target);

    /** Reads a property by name (case-insensitive), as a format.ps1xml PropertyName does. */
    static ValueExpression property(String name) {
        return target -> FormatMembers.get(target, name);
    }

    /** Runs a script block with $_ set to the object, as a format.ps1xml ScriptBlock does. */
    static ValueExpression script(ScriptBlock block) {
        return block::invokeForValue;
    }
}
