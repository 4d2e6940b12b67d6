package io.migsh.lang.parser;

import io.migsh.lang.ast.ScriptBlockAst;
import io.migsh.lang.lexer.ParseError;
import java.util.List;

/**
 * The outcome of parsing a script: its tree (null when there were errors) and the errors. {@link #incomplete()}
 * tells the interactive shell to show "&gt;&gt; " and read another line.
 */
public record ParseResult(ScriptBlockAst ast, List<ParseError> errors) {
    public boolean ok() {
        return errors.isEmpty();
    }

    /** True when the text stopped in the middle of something (a brace, quote, pipe or backtick still open). */
    public boolean incomplete() {
        return !errors.isEmpty() && errors.stream().anyMatch(ParseError::incomplete);
    }
}
