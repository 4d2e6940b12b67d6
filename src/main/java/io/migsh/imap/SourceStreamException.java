package io.migsh.imap;

import java.io.IOException;

/**
 * Reading a streamed message from the source failed while the target was consuming it. {@code unreadable} says the
 * server refused to deliver the message (a bad item) rather than the connection failing (transient).
 */
final class SourceStreamException extends IOException {
    private final boolean unreadable;

    SourceStreamException(String message, Throwable cause, boolean unreadable) {
        super(message, cause);
        this.unreadable = unreadable;
    }

    boolean unreadable() {
        return unreadable;
    }

    /** The SourceStreamException in a cause chain, or null. */
    static SourceStreamException in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SourceStreamException s) return s;
        }
        return null;
    }
}
