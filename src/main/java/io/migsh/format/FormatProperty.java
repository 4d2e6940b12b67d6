package io.migsh.format;

/**
 * One -Property argument of Format-Table / Format-List: a property name (wildcards allowed) or an expression,
 * with the optional keys of a calculated property: Label, Width, Alignment, FormatString.
 */
public record FormatProperty(String name, ValueExpression expression, String label, int width, Alignment alignment,
        String formatString) {
    public FormatProperty {
        if (alignment == null) alignment = Alignment.Undefined;
    }

    public static FormatProperty named(String name) {
        return new FormatProperty(name, null, null, 0, Alignment.Undefined, null);
    }

    /** The header or list label: the Label key, else the name (for an expression, its source text). */
    public String header() {
        return label != null ? label : name;
    }
}
