package io.migsh.shell;

import java.util.List;

/** ConsoleColor names (Write-Host -ForegroundColor Green) as ANSI escape sequences. */
final class AnsiColours {
    private static final List<String> NAMES = List.of("Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed",
            "DarkMagenta", "DarkYellow", "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow",
            "White");
    // ConsoleColor order differs from ANSI order: map each to its ANSI colour number (0-7, bright 8-15).
    private static final int[] ANSI = {0, 4, 2, 6, 1, 5, 3, 7, 8, 12, 10, 14, 9, 13, 11, 15};

    private AnsiColours() {}

    static String of(String foreground, String background) {
        StringBuilder s = new StringBuilder();
        int fg = index(foreground);
        int bg = index(background);
        if (fg >= 0) s.append("\u001b[").append(ANSI[fg] < 8 ? 30 + ANSI[fg] : 82 + ANSI[fg]).append('m');
        if (bg >= 0) s.append("\u001b[").append(ANSI[bg] < 8 ? 40 + ANSI[bg] : 92 + ANSI[bg]).append('m');
        return s.toString();
    }

    private static int index(String name) {
        if (name == null) return -1;
        for (int i = 0; i < NAMES.size(); i++) if (NAMES.get(i).equalsIgnoreCase(name)) return i;
        return -1;
    }
}
