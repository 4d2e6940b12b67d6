package io.migsh.format;

import java.util.List;

/**
 * What a formatting command asks for. {@code shape} null means PowerShell's default choice (the type's view, else
 * a table up to four properties and a list beyond); {@code force} formats even the objects that are normally
 * printed on their own (error records); {@code wrap} null keeps the view's choice.
 */
public record FormatRequest(FormatShape shape, List<FormatProperty> properties, boolean autoSize, Boolean wrap,
        boolean hideTableHeaders, FormatProperty groupBy, boolean force, int wideColumns, int enumerationLimit) {
    public FormatRequest {
        properties = properties == null ? List.of() : List.copyOf(properties);
    }

    /** Out-Default's request: nothing forced. */
    public static FormatRequest defaults(int enumerationLimit) {
        return new FormatRequest(null, List.of(), false, null, false, null, false, 0, enumerationLimit);
    }
}
