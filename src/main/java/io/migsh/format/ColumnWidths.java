package io.migsh.format;

/**
 * Fits table columns to the screen as PowerShell's ColumnWidthManager does: columns without a width share the
 * free space one cell at a time; when the columns do not fit, the rightmost is shrunk, or hidden (-1) when it
 * would drop below one cell.
 */
final class ColumnWidths {
    private static final int MINIMUM = 1;
    private static final int SEPARATOR = 1;

    private ColumnWidths() {}

    static void fit(int[] widths, int tableWidth) {
        if (assign(widths, tableWidth)) return;
        trim(widths, tableWidth);
    }

    private static boolean assign(int[] widths, int tableWidth) {
        boolean allSpecified = true;
        int sum = 0;
        for (int w : widths) {
            if (w <= 0) {
                allSpecified = false;
                break;
            }
            sum += w;
        }
        if (allSpecified) return sum + SEPARATOR * (widths.length - 1) <= tableWidth;
        boolean[] fixed = new boolean[widths.length];
        for (int k = 0; k < widths.length; k++) {
            fixed[k] = widths[k] > 0;
            if (widths[k] == 0) widths[k] = MINIMUM;
        }
        int available = tableWidth - current(widths);
        if (available < 0) return false;
        while (available > 0) {
            for (int k = 0; k < widths.length && available > 0; k++) {
                if (fixed[k]) continue;
                widths[k]++;
                available--;
            }
        }
        return true;
    }

    private static void trim(int[] widths, int tableWidth) {
        while (true) {
            int excess = current(widths) - tableWidth;
            if (excess <= 0) return;
            int last = lastVisible(widths);
            if (last < 0) return;
            int shrunk = widths[last] - excess;
            widths[last] = shrunk < MINIMUM ? -1 : shrunk;
        }
    }

    private static int current(int[] widths) {
        int sum = 0;
        int visible = 0;
        for (int w : widths) {
            if (w > 0) {
                sum += w;
                visible++;
            }
        }
        return sum + SEPARATOR * (visible - 1);
    }

    private static int lastVisible(int[] widths) {
        for (int k = 0; k < widths.length; k++) {
            if (widths[k] < 0) return k - 1;
        }
        return widths.length - 1;
    }
}
