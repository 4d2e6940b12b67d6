package io.migsh.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Lays out table rows as PowerShell's TableWriter: one space between columns, no padding after the last column,
 * values cut with an ellipsis at the end (at the start when right-aligned), a header underlined with dashes as
 * long as the label (or the column, when the label is wider and wraps).
 */
final class TableWriter {
    private final int[] widths;
    private final Alignment[] alignments;
    private final boolean hideHeader;
    private final boolean disabled;

    /** {@code widths}: 0 for columns sized to the free space; the array is fitted to {@code screenWidth}. */
    TableWriter(int screenWidth, int[] widths, Alignment[] alignments, boolean hideHeader) {
        this.widths = widths.clone();
        this.alignments = alignments.clone();
        this.hideHeader = hideHeader;
        boolean off = screenWidth < 5;
        if (!off) {
            ColumnWidths.fit(this.widths, screenWidth);
            off = true;
            for (int w : this.widths) if (w >= 1) off = false;
        }
        this.disabled = off;
    }

    void header(List<String> labels, Consumer<String> out) {
        if (disabled || hideHeader) return;
        String[] values = labels.toArray(new String[0]);
        for (String line : multiLineRow(values, alignments)) out.accept(line);
        String[] dashes = new String[values.length];
        for (int k = 0; k < values.length; k++) {
            if (widths[k] <= 0) {
                dashes[k] = "";
                continue;
            }
            int count = widths[k];
            if (values[k] != null && !values[k].isEmpty() && CellWidth.of(values[k]) < count) count = CellWidth.of(values[k]);
            dashes[k] = "-".repeat(count);
        }
        for (String line : multiLineRow(dashes, alignments)) out.accept(line);
    }

    /** One row; {@code wrap} spreads long and multi-line values over several lines instead of cutting them. */
    void row(List<String> values, List<Alignment> cellAlignments, boolean wrap, Consumer<String> out) {
        if (disabled) return;
        String[] v = new String[widths.length];
        Alignment[] a = new Alignment[widths.length];
        for (int k = 0; k < widths.length; k++) {
            v[k] = k < values.size() ? values.get(k) : "";
            Alignment cell = cellAlignments == null || k >= cellAlignments.size() ? Alignment.Undefined
                    : cellAlignments.get(k);
            a[k] = cell == Alignment.Undefined ? alignments[k] : cell;
        }
        if (wrap) {
            for (String line : multiLineRow(v, a)) out.accept(line);
        } else {
            out.accept(singleLineRow(v, a));
        }
    }

    private String singleLineRow(String[] values, Alignment[] alignment) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < widths.length; k++) {
            boolean pad = k != widths.length - 1;
            if (widths[k] <= 0) continue;
            if (k > 0) sb.append(' ');
            sb.append(field(values[k], widths[k], alignment[k], pad));
        }
        return sb.toString();
    }

    private List<String> multiLineRow(String[] values, Alignment[] alignment) {
        List<Integer> visible = new ArrayList<>();
        for (int k = 0; k < widths.length; k++) if (widths[k] > 0) visible.add(k);
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < visible.size(); i++) {
            int k = visible.get(i);
            boolean pad = i != visible.size() - 1;
            List<String> lines = new ArrayList<>(TextLines.wrap(values[k] == null ? "" : values[k], widths[k], widths[k]));
            if (pad || alignment[k] == Alignment.Right || alignment[k] == Alignment.Center) {
                for (int j = 0; j < lines.size(); j++) {
                    if (CellWidth.of(lines.get(j)) < widths[k]) lines.set(j, field(lines.get(j), widths[k], alignment[k], pad));
                }
            }
            if (i > 0) lines.replaceAll(l -> " " + l);
            cells.add(lines);
        }
        int rows = 0;
        for (List<String> c : cells) rows = Math.max(rows, c.size());
        int[] lastWithContent = new int[rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cells.size(); c++) if (cells.get(c).size() > r) lastWithContent[r] = c;
        }
        for (int c = 0; c < cells.size(); c++) {
            int padding = 0;
            if (c < cells.size() - 1) padding = widths[visible.get(c)] + (c > 0 ? 1 : 0);
            List<String> lines = cells.get(c);
            for (int r = lines.size(); r < rows; r++) lines.add(c > lastWithContent[r] ? "" : " ".repeat(padding));
        }
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cells.size(); c++) {
                String value = cells.get(c).get(r);
                if (c == lastWithContent[r] && rows > 1) value = value.stripTrailing();
                sb.append(value);
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** GenerateRowField: pads, or cuts with an ellipsis, one value to the column width. */
    static String field(String value, int width, Alignment alignment, boolean pad) {
        String s = TextLines.truncateAtNewLine(value);
        int length = CellWidth.of(s);
        if (length < width) {
            int padCount = width - length;
            return switch (alignment) {
                case Right -> " ".repeat(padCount) + s;
                case Center -> " ".repeat(padCount / 2) + s + (pad ? " ".repeat(padCount - padCount / 2) : "");
                default -> pad ? s + " ".repeat(padCount) : s;
            };
        }
        if (length > width) {
            int keep = width - 1;
            if (keep > 0) {
                return alignment == Alignment.Right ? FieldText.ELLIPSIS + CellWidth.tail(s, keep)
                        : CellWidth.head(s, keep) + FieldText.ELLIPSIS;
            }
            return alignment == Alignment.Right ? CellWidth.tail(s, width) : CellWidth.head(s, width);
        }
        return s;
    }
}
