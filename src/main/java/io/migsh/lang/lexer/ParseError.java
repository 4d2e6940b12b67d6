package io.migsh.lang.lexer;

import io.migsh.runtime.SourcePosition;

/**
 * A syntax error with PowerShell's error id and message (ParserStrings). {@code incomplete} is true when the text
 * simply stops too early (an open brace, quote or pipe): the shell then asks for more input instead of failing.
 */
public record ParseError(String errorId, String message, Extent extent, boolean incomplete) {
    public SourcePosition position() {
        return extent.position();
    }
}
