package io.migsh.format;

import io.migsh.runtime.SourcePosition;

/**
 * The source line and the tildes under the failing text, as PowerShell's PositionUtilities.VerboseMessage renders
 * them: tabs expanded to four spaces, long lines cut to 69 characters around the error with ellipses.
 */
record PositionMessage(String line, String highlight) {
    private static final int MAX_LINE = 69;

    /** Null when the position has no source text. */
    static PositionMessage of(SourcePosition p) {
        String source = p.lineText() == null ? "" : p.lineText().stripTrailing();
        if (source.isEmpty()) return null;
        int before = Math.max(0, Math.min(p.column() - 1, source.length()));
        int length = p.column() + p.length() <= source.length() + 1 ? p.length() : source.length() - p.column() + 1;
        length = Math.max(0, Math.min(length, source.length() - before));
        if (source.indexOf('\t') >= 0) {
            String head = source.substring(0, before).replace("\t", "    ");
            String error = source.substring(before, before + length).replace("\t", "    ");
            source = head + error + source.substring(before + length).replace("\t", "    ");
            before = head.length();
            length = error.length();
        }
        boolean prefixDots = false;
        boolean suffixDots = false;
        if (source.length() > MAX_LINE) {
            int totalPrefix = before;
            int prefix = Math.min(totalPrefix, 12);
            int totalSuffix = source.length() - length - before;
            int suffix = Math.min(totalSuffix, 8);
            int candidate = prefix + length + suffix;
            if (candidate >= MAX_LINE) {
                if (prefix + length >= MAX_LINE) length = MAX_LINE - prefix;
                suffixDots = true;
            } else {
                int prefixAvailable = totalPrefix - prefix;
                if (prefixAvailable > 0) {
                    prefix += Math.min(prefixAvailable, MAX_LINE - candidate);
                    candidate = prefix + length + suffix;
                }
                if (candidate < MAX_LINE && totalSuffix > 0) suffix += Math.min(totalSuffix, MAX_LINE - candidate);
                suffixDots = suffix < totalSuffix;
            }
            prefixDots = prefix < totalPrefix;
            int startIndex = Math.max(before - prefix, 0);
            source = source.substring(startIndex, Math.min(source.length(), startIndex + MAX_LINE));
            before = Math.min(before, prefix);
            length = Math.min(length, MAX_LINE - before);
        }
        String line = (prefixDots ? FieldText.ELLIPSIS + " " : "") + source + (suffixDots ? " " + FieldText.ELLIPSIS : "");
        String highlight = " ".repeat(before + (prefixDots ? 2 : 0)) + "~".repeat(length > 0 ? length : 1);
        return new PositionMessage(line, highlight);
    }

    /** PowerShell 5.1's NormalView text: "At file:line char:col", then "+ line" and "+ ~~~". */
    static String verbose(SourcePosition p) {
        PositionMessage m = of(p);
        String where = "At " + (p.file() == null ? "line" : p.file()) + ":" + p.line() + " char:" + p.column();
        return m == null ? where : where + "\n+ " + m.line() + "\n+ " + m.highlight();
    }
}
