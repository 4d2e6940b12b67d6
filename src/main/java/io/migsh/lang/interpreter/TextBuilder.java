package io.migsh.lang.interpreter;

import io.migsh.runtime.DotNetName;

/** [System.Text.StringBuilder]: Append / AppendLine / ToString, as admin scripts build report text. */
@DotNetName("System.Text.StringBuilder")
public final class TextBuilder {
    private final StringBuilder text = new StringBuilder();

    public StringBuilder text() {
        return text;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
