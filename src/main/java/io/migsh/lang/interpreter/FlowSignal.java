package io.migsh.lang.interpreter;

/** break, continue and return unwinding to the loop, switch or script block they belong to. */
public class FlowSignal extends RuntimeException {
    /** The kinds of flow: BREAK and CONTINUE may carry a loop label. */
    public enum Kind { BREAK, CONTINUE, RETURN }

    private final Kind kind;
    private final String label;

    public FlowSignal(Kind kind, String label) {
        super(null, null, false, false);
        this.kind = kind;
        this.label = label;
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return label;
    }

    /** True when a loop with this label (or none) is the target. */
    public boolean targets(String loopLabel) {
        return label == null || (loopLabel != null && label.equalsIgnoreCase(loopLabel));
    }
}
