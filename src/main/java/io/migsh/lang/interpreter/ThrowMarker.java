package io.migsh.lang.interpreter;

/**
 * The cause attached to error records raised by the throw statement: unlike other errors, which end only their
 * statement, a throw ends the script unless a try/catch handles it.
 */
public final class ThrowMarker extends RuntimeException {
    public ThrowMarker() {
        super("throw", null, false, false);
    }

    /** Keeps the error's own cause (an ActionPreferenceStop) behind the marker. */
    public ThrowMarker(Throwable cause) {
        super("throw", cause, false, false);
    }
}
