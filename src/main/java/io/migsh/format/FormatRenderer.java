package io.migsh.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Prints format objects as lines, as PowerShell's OutCommandInner: a blank line when a sequence starts and (except
 * for lists) when it ends, a table header per group, a blank line after each list entry. Tables whose columns are
 * sized from the data are held back until the group ends or {@code autosizeLimit} rows have arrived (PowerShell
 * waits 300 ms instead; holding a row count keeps the output the same on every run).
 */
final class FormatRenderer {
    private final int width;
    private final Consumer<String> out;
    private final int autosizeLimit;
    private FormatStart start;
    private boolean groupSeen;
    private List<FormatItem> held;
    private TableWriter table;
    private List<String> wideRow;
    private int wideColumns;

    FormatRenderer(int width, Consumer<String> out, int autosizeLimit) {
        this.width = width;
        this.out = out;
        this.autosizeLimit = autosizeLimit;
    }

    void accept(FormatItem item) {
        if (held != null && !(item instanceof GroupEnd) && !(item instanceof FormatEnd) && !(item instanceof FormatStart)) {
            held.add(item);
            if (held.size() >= autosizeLimit) release();
            return;
        }
        if (item instanceof FormatStart s) {
            begin(s);
        } else if (item instanceof GroupStart g) {
            groupStart(g);
        } else if (item instanceof TableRow r) {
            if (table != null) table.row(r.values(), r.alignments(), r.wrap(), out);
        } else if (item instanceof ListEntry e) {
            listEntry(e);
        } else if (item instanceof WideEntry w) {
            wideEntry(w);
        } else if (item instanceof CustomEntry c) {
            text(c.text());
        } else if (item instanceof RawText t) {
            text(t.text());
        } else if (item instanceof ErrorEntry e) {
            text(stripFinalNewline(ErrorView.concise(e.record(), width)));
        } else if (item instanceof GroupEnd) {
            groupEnd();
        } else if (item instanceof FormatEnd) {
            if (start != null) end();
        }
    }

    /** Prints the rows a table holds to size its columns; later rows of the table follow with those widths. */
    void releaseHeld() {
        if (held != null) release();
    }

    /** Ends whatever is open, as PowerShell does at the end of Out-Default. */
    void finish() {
        if (start != null) end();
    }

    private void begin(FormatStart s) {
        if (start != null) end();
        start = s;
        groupSeen = false;
        out.accept("");
    }

    private void groupStart(GroupStart g) {
        if (start == null) return;
        if (g.label() != null) {
            if (groupSeen) out.accept("");
            text(g.label());
            out.accept("");
        }
        groupSeen = true;
        switch (start.shape()) {
            case Table -> {
                if (start.sizesFromRows()) {
                    held = new ArrayList<>();
                } else {
                    openTable(null);
                }
            }
            case Wide -> {
                wideColumns = start.wideColumns() > 0 ? start.wideColumns() : 0;
                if (wideColumns == 0) held = new ArrayList<>();
                wideRow = new ArrayList<>();
            }
            default -> { }
        }
    }

    private void openTable(List<FormatItem> rows) {
        List<ColumnHeader> columns = start.columns();
        int[] widths = new int[columns.size()];
        Alignment[] alignments = new Alignment[columns.size()];
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            ColumnHeader c = columns.get(k);
            labels.add(c.label());
            alignments[k] = c.alignment();
            widths[k] = rows == null ? c.width() : c.label() == null ? 0 : CellWidth.of(c.label());
        }
        if (rows != null) {
            for (FormatItem i : rows) {
                if (!(i instanceof TableRow r)) continue;
                for (int k = 0; k < widths.length && k < r.values().size(); k++) {
                    widths[k] = Math.max(widths[k], CellWidth.of(r.values().get(k)));
                }
            }
        }
        table = new TableWriter(width, widths, alignments, start.hideHeader());
        if (!columns.isEmpty()) table.header(labels, out);
    }

    /** Sizes the held table (or wide view) from its rows and prints them. */
    private void release() {
        List<FormatItem> rows = held;
        held = null;
        if (start.shape() == FormatShape.Wide) {
            int longest = 0;
            for (FormatItem i : rows) if (i instanceof WideEntry w) longest = Math.max(longest, CellWidth.of(w.value()));
            wideColumns = longest > 0 ? itemsPerRow(longest) : 2;
        } else {
            openTable(rows);
        }
        for (FormatItem i : rows) accept(i);
    }

    private void groupEnd() {
        if (held != null) release();
        if (start != null && start.shape() == FormatShape.Wide) flushWide();
        table = null;
    }

    private void end() {
        if (held != null) release();
        if (start.shape() == FormatShape.Wide) flushWide();
        boolean list = start.shape() == FormatShape.List;
        start = null;
        table = null;
        if (!list) out.accept("");
    }

    private void listEntry(ListEntry e) {
        boolean standalone = e.outOfBand() || start == null || start.shape() != FormatShape.List;
        if (standalone) out.accept("");
        ListWriter.write(e.labels(), e.values(), width, out);
        out.accept("");
    }

    private void wideEntry(WideEntry w) {
        if (wideRow == null) {
            text(w.value());
            return;
        }
        wideRow.add(w.value());
        if (wideRow.size() == wideColumns) flushWide();
    }

    private void flushWide() {
        if (wideRow == null || wideRow.isEmpty()) return;
        int[] widths = new int[wideColumns];
        Alignment[] alignments = new Alignment[wideColumns];
        java.util.Arrays.fill(alignments, Alignment.Left);
        List<String> values = new ArrayList<>(wideRow);
        while (values.size() < wideColumns) values.add("");
        new TableWriter(width, widths, alignments, true).row(values, null, false, out);
        wideRow.clear();
    }

    /** TableWriter.ComputeWideViewBestItemsPerRowFit. */
    private int itemsPerRow(int longest) {
        if (longest >= width) return 1;
        int columns = 1;
        while (longest * (columns + 1) + columns < width) columns++;
        return columns;
    }

    private void text(String s) {
        for (String line : TextLines.split(s == null ? "" : s)) out.accept(line);
    }

    private static String stripFinalNewline(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }
}
