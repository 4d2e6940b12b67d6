package io.migsh.format;

import java.util.List;

/**
 * A table view (format.ps1xml TableControl): its columns; {@code autoSize} sizes every column from all the rows;
 * {@code groupBy} names a property whose value changes start a new group with its own header.
 */
public record TableView(List<ViewColumn> columns, boolean autoSize, String groupBy) implements ViewDefinition {
    public TableView {
        columns = List.copyOf(columns);
    }

    public static TableView of(ViewColumn... columns) {
        return new TableView(List.of(columns), false, null);
    }

    /** Columns that show properties under their own names, sized from the data. */
    public static TableView ofProperties(String... properties) {
        return new TableView(java.util.Arrays.stream(properties).map(ViewColumn::of).toList(), false, null);
    }
}
