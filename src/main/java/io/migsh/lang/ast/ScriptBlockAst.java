package io.migsh.lang.ast;

import io.migsh.lang.lexer.Extent;

/**
 * A script, a function body or a { } block: its param block and its begin / process / end blocks. A body without
 * named blocks is its end block (a filter's is its process block).
 */
public record ScriptBlockAst(Extent extent, ParamBlock paramBlock, StatementBlock begin, StatementBlock process,
        StatementBlock end) implements Ast {
    /** The text between the braces, as ToString() of a script block shows it. */
    public String text() {
        String t = extent.text();
        if (t.startsWith("{") && t.endsWith("}")) return t.substring(1, t.length() - 1);
        return t;
    }

    /** The same body as a filter's: the unnamed block becomes the process block. */
    public ScriptBlockAst asFilter() {
        if (process != null || end == null) return this;
        return new ScriptBlockAst(extent, paramBlock, begin, end, null);
    }
}
