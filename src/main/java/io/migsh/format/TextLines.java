package io.migsh.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Line splitting as PowerShell's StringManipulationHelper does it for en-US: honour embedded newlines, wrap long
 * lines at word boundaries (the space stays at the end of the line it follows), break words longer than a line.
 */
final class TextLines {
    private TextLines() {}

    /** Splits on \n, dropping \r, as SplitLines does. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        if (s == null || s.indexOf('\n') < 0) {
            out.add(s == null ? null : s.replace("\r", ""));
            return out;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                out.add(sb.toString());
                sb.setLength(0);
            } else if (c != '\r') {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }

    /** The first line of a value, with an ellipsis when more lines follow (a table cell without -Wrap). */
    static String truncateAtNewLine(String s) {
        if (s == null || s.isEmpty()) return "";
        int br = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                br = i;
                break;
            }
        }
        return br < 0 ? s : s.substring(0, br) + FieldText.ELLIPSIS;
    }

    /** GenerateLinesWithWordWrap: each line fits {@code firstLen} (first) or {@code nextLen} (following) cells. */
    static List<String> wrap(String val, int firstLen, int nextLen) {
        List<String> out = new ArrayList<>();
        if (val == null || val.isEmpty()) {
            out.add(val == null ? "" : val);
            return out;
        }
        for (String line : split(val)) {
            if (line.length() <= firstLen) {
                out.add(line);
                continue;
            }
            wrapLine(line, firstLen, nextLen, out);
        }
        return out;
    }

    private static void wrapLine(String line, int firstLen, int nextLen, List<String> out) {
        int lineWidth = firstLen;
        int spacesLeft = firstLen;
        boolean firstLine = true;
        StringBuilder current = new StringBuilder();
        for (String word : words(line)) {
            if (lineWidth == 0) {
                if (firstLine) {
                    firstLine = false;
                    lineWidth = nextLen;
                }
                if (lineWidth == 0) break;
                spacesLeft = lineWidth;
            }
            if (word.length() > lineWidth) {
                for (int i = 0; i < word.length(); i++) {
                    char c = word.charAt(i);
                    if (spacesLeft < 1) {
                        out.add(current.toString());
                        current.setLength(0);
                        if (firstLine) {
                            firstLine = false;
                            lineWidth = nextLen;
                        }
                        spacesLeft = lineWidth;
                    }
                    current.append(c);
                    spacesLeft--;
                }
            } else if (word.length() > spacesLeft) {
                out.add(current.toString());
                current.setLength(0);
                current.append(word);
                if (firstLine) {
                    firstLine = false;
                    lineWidth = nextLen;
                }
                spacesLeft = lineWidth - word.length();
            } else {
                current.append(word);
                spacesLeft -= word.length();
            }
        }
        out.add(current.toString());
    }

    /** Words with the space or tab that ended them attached, as GetWords yields them. */
    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c);
            if (c == ' ' || c == '\t') {
                out.add(sb.toString());
                sb.setLength(0);
            }
        }
        out.add(sb.toString());
        return out;
    }
}
