package io.migsh.repl;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;

/**
 * Colours the line being typed from the language's own tokens (commands, parameters, strings, variables, numbers,
 * comments, operators), marking unknown commands and parse errors before Enter; plain text with NO_COLOR.
 */
public final class ShellHighlighter implements Highlighter {
    private final Function<String, List<Highlight>> spans;
    private final boolean colour;

    public ShellHighlighter(Function<String, List<Highlight>> spans, boolean colour) {
        this.spans = spans;
        this.colour = colour;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return AttributedString.fromAnsi(ansi(buffer));
    }

    /** The buffer with SGR escapes around each highlighted stretch. */
    public String ansi(String buffer) {
        if (!colour) return buffer;
        List<Highlight> list;
        try {
            list = spans.apply(buffer);
        } catch (RuntimeException e) {
            return buffer;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Highlight h : list) {
            int start = Math.max(at, Math.min(h.start(), buffer.length()));
            int end = Math.max(start, Math.min(h.end(), buffer.length()));
            out.append(buffer, at, start);
            out.append(h.kind().sgr).append(buffer, start, end).append("\u001b[0m");
            at = end;
        }
        out.append(buffer.substring(at));
        return out.toString();
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {}

    @Override
    public void setErrorIndex(int errorIndex) {}
}
