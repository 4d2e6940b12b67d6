package io.migsh.lang.lexer;

import io.migsh.runtime.SourcePosition;

/** A span of a script's text: where a token or a syntax node comes from. */
public record Extent(SourceText source, int start, int end) {
    public SourcePosition position() {
        return source.position(start, end);
    }

    public String text() {
        return source.text().substring(start, Math.min(end, source.length()));
    }

    /** The span from the start of this one to the end of another. */
    public Extent to(Extent other) {
        return new Extent(source, start, Math.max(end, other.end));
    }
}
