package io.migsh.lang.parser;

import io.migsh.lang.ast.Expression;
import io.migsh.lang.ast.ScriptBlockAst;
import io.migsh.lang.ast.Statement;
import io.migsh.lang.lexer.Extent;
import io.migsh.lang.lexer.Lexer;
import io.migsh.lang.lexer.Lexer.Mode;
import io.migsh.lang.lexer.ParseError;
import io.migsh.lang.lexer.SourceText;
import io.migsh.lang.lexer.Token;
import io.migsh.lang.lexer.TokenKind;
import java.util.List;

/** The token stream under the parser: mode-aware look-ahead over the {@link Lexer}, and error reporting. */
abstract class ParserBase {
    final SourceText source;
    final Lexer lexer;
    final List<ParseError> errors;
    private int cachedPos = -1;
    private Mode cachedMode;
    private Token cached;
    private int cachedEnd;

    ParserBase(SourceText source, int start, int end, List<ParseError> errors) {
        this.source = source;
        this.errors = errors;
        this.lexer = new Lexer(source, start, end, errors);
    }

    Token peek(Mode mode) {
        int p = lexer.position();
        if (p == cachedPos && mode == cachedMode) return cached;
        int before = errors.size();
        Token t = lexer.next(mode);
        cachedEnd = lexer.position();
        lexer.reset(p);
        // A token read again in another mode must not report its lexical error twice.
        while (errors.size() > before && isDuplicate(errors.get(errors.size() - 1), before)) {
            errors.remove(errors.size() - 1);
        }
        cachedPos = p;
        cachedMode = mode;
        cached = t;
        return t;
    }

    private boolean isDuplicate(ParseError e, int before) {
        for (int i = 0; i < before; i++) {
            ParseError o = errors.get(i);
            if (o.errorId().equals(e.errorId()) && o.extent().start() == e.extent().start()) return true;
        }
        return false;
    }

    Token next(Mode mode) {
        Token t = peek(mode);
        lexer.reset(cachedEnd);
        return t;
    }

    int mark() {
        return lexer.position();
    }

    void reset(int mark) {
        lexer.reset(mark);
    }

    boolean at(TokenKind kind, Mode mode) {
        return peek(mode).kind() == kind;
    }

    /** Consumes the token if it is of the kind. */
    boolean accept(TokenKind kind, Mode mode) {
        if (peek(mode).kind() != kind) return false;
        next(mode);
        return true;
    }

    void skipNewlines() {
        while (peek(Mode.EXPRESSION).kind() == TokenKind.NEWLINE) next(Mode.EXPRESSION);
    }

    void skipNewlinesAndSemis() {
        while (true) {
            TokenKind k = peek(Mode.EXPRESSION).kind();
            if (k != TokenKind.NEWLINE && k != TokenKind.SEMI) return;
            next(Mode.EXPRESSION);
        }
    }

    /** True when there is no blank between the end of a node and the next token (member access, indexing). */
    boolean adjacent(Extent left, Token next) {
        return next.start() == left.end();
    }

    Extent span(int start, int end) {
        return new Extent(source, start, end);
    }

    Extent span(Token from, Extent to) {
        return new Extent(source, from.start(), to.end());
    }

    /** Records an error and abandons the parse; incomplete when the text simply ended too early. */
    RuntimeException fail(String id, String message, Extent at, boolean incomplete) {
        errors.add(new ParseError(id, message, at, incomplete));
        return new ParseAbort();
    }

    /** The empty span just after a token, where PowerShell reports what is missing after it. */
    static Extent after(Token t) {
        return new Extent(t.extent().source(), t.extent().end(), t.extent().end());
    }

    RuntimeException fail(String id, String message, Token at) {
        return fail(id, message, at.extent(), at.kind() == TokenKind.EOF);
    }

    RuntimeException unexpected(Token t) {
        if (t.kind() == TokenKind.EOF) {
            return fail("IncompleteInput", "Missing statement.", t.extent(), true);
        }
        return fail("UnexpectedToken", "Unexpected token '" + t.text() + "' in expression or statement.", t);
    }

    /** True for a plain bareword (no quotes, no $) equal to the keyword, ignoring case. */
    static boolean isWord(Token t, String word) {
        return t.kind() == TokenKind.GENERIC && t.text().equalsIgnoreCase(word)
                || t.kind() == TokenKind.IDENTIFIER && t.text().equalsIgnoreCase(word);
    }

    abstract List<Statement> statementList(TokenKind terminator);

    abstract Statement pipelineStatement();

    abstract Statement statement();

    abstract ScriptBlockAst scriptBlockBody(int start, TokenKind terminator);

    abstract Expression expandString(Token t);
}
