package io.migsh.format;

/**
 * How many console cells text takes: East Asian wide and full-width characters take two, as PowerShell's console
 * host counts them (LengthInBufferCells), so that a column holding Japanese or Chinese folder names stays aligned.
 */
final class CellWidth {
    private CellWidth() {}

    static int of(String s) {
        int cells = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            cells += of(c);
            i += Character.charCount(c);
        }
        return cells;
    }

    /** The ranges PowerShell's ConsoleControl treats as double width, plus the CJK ideographs beyond the BMP. */
    static int of(int c) {
        boolean wide = (c >= 0x1100 && c <= 0x115F)
                || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
                || (c >= 0xAC00 && c <= 0xD7A3)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0xFE30 && c <= 0xFE6F)
                || (c >= 0xFF00 && c <= 0xFF60)
                || (c >= 0xFFE0 && c <= 0xFFE6)
                || (c >= 0x20000 && c <= 0x3FFFD);
        return wide ? 2 : 1;
    }

    /** The longest start of {@code s} that fits in {@code cells}. */
    static String head(String s, int cells) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int c = s.codePointAt(i);
            if (used + of(c) > cells) break;
            used += of(c);
            i += Character.charCount(c);
        }
        return s.substring(0, i);
    }

    /** The longest end of {@code s} that fits in {@code cells}. */
    static String tail(String s, int cells) {
        int used = 0;
        int i = s.length();
        while (i > 0) {
            int c = s.codePointBefore(i);
            if (used + of(c) > cells) break;
            used += of(c);
            i -= Character.charCount(c);
        }
        return s.substring(i);
    }
}
