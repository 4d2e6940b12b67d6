package io.migsh.lang.lexer;

/**
 * One token: its kind, its span, and its value (a number, a string's content, a variable or parameter name, an
 * operator name). For strings, {@code contentStart..contentEnd} is the text between the quotes.
 */
public record Token(TokenKind kind, int start, int end, Object value, int contentStart, int contentEnd,
        SourceText source) {

    public String text() {
        return source.text().substring(start, end);
    }

    public Extent extent() {
        return new Extent(source, start, end);
    }

    public boolean is(TokenKind k) {
        return kind == k;
    }

    /** The value as text: a name, a string's content, an operator name. */
    public String stringValue() {
        return value == null ? text() : value.toString();
    }

    @Override
    public String toString() {
        return kind + (value != null ? "(" + value + ")" : "");
    }
}
