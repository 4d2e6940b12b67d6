package io.migsh.lang.lexer;

/** The kinds of tokens of the PowerShell language. */
public enum TokenKind {
    EOF, NEWLINE, SEMI,
    VARIABLE, SPLAT, NUMBER,
    STRING_LITERAL, STRING_EXPANDABLE, HERE_LITERAL, HERE_EXPANDABLE,
    /** A bareword in command mode: a command name or an argument such as C:\temp\x.xml. */
    GENERIC,
    /** A word in expression mode: a member name, a keyword, a type name part. */
    IDENTIFIER,
    PARAMETER, LABEL,
    LPAREN, RPAREN, LCURLY, RCURLY, LBRACKET, RBRACKET, AT_PAREN, AT_CURLY, DOLLAR_PAREN,
    COMMA, DOT, DOTDOT, COLONCOLON, PIPE, AMPERSAND, ANDAND, OROR,
    EQUALS, PLUS_EQUALS, MINUS_EQUALS, STAR_EQUALS, SLASH_EQUALS, PERCENT_EQUALS,
    /** PowerShell 7's ?? and ??= (null-coalescing), and the ? and : of its ternary operator. */
    QUESTION_QUESTION, QUESTION_QUESTION_EQUALS, QUESTION, COLON,
    PLUS, MINUS, STAR, SLASH, PERCENT, EXCLAIM, PLUSPLUS, MINUSMINUS,
    /** A dash operator such as -eq, -like, -not; the value is its lower-case name without the dash. */
    OPERATOR,
    /** >, >>, 2>, 2>&1, *> and the like; the value is the operator text. */
    REDIRECTION,
    UNKNOWN
}
