package io.migsh.format;

import io.migsh.runtime.DotNetName;
import java.util.List;

/**
 * Starts a formatted sequence: its shape, and for a table its columns and whether to hide the header and size
 * the columns from all rows (-AutoSize); for a wide view the number of columns (0: as many as fit).
 */
@DotNetName("Microsoft.PowerShell.Commands.Internal.Format.FormatStartData")
public record FormatStart(FormatShape shape, List<ColumnHeader> columns, boolean hideHeader, boolean autoSize,
        int wideColumns) implements FormatItem {
    public FormatStart {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public static FormatStart list() {
        return new FormatStart(FormatShape.List, List.of(), false, false, 0);
    }

    public static FormatStart custom() {
        return new FormatStart(FormatShape.Custom, List.of(), false, false, 0);
    }

    /** True when the columns are sized from the rows, as PowerShell does when the first column has no width. */
    public boolean sizesFromRows() {
        return shape == FormatShape.Table && !columns.isEmpty() && (autoSize || columns.get(0).width() == 0);
    }
}
