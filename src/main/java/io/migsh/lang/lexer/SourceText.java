package io.migsh.lang.lexer;

import io.migsh.runtime.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/** The text of a script with its file name; turns offsets into line, column and line text for error carets. */
public final class SourceText {
    private final String file;
    private final String text;
    private final int[] lineStarts;

    public SourceText(String file, String text) {
        this.file = file;
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) starts.add(i + 1);
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    public String file() {
        return file;
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** 0-based index of the line holding the offset. */
    public int lineIndex(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /** The text of a line without its line end. */
    public String lineText(int lineIndex) {
        int start = lineStarts[lineIndex];
        int end = lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return text.substring(start, end);
    }

    public SourcePosition position(int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int line = lineIndex(s);
        int column = s - lineStarts[line] + 1;
        return new SourcePosition(file, line + 1, column, Math.max(0, end - start), lineText(line));
    }
}
