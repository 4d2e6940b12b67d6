package io.migsh.format;

/**
 * One column of a table view or one item of a list view: the label shown (null: the property name), where the
 * value comes from, and for tables the width (0: sized from the data) and alignment.
 */
public record ViewColumn(String label, String property, ValueExpression expression, int width, Alignment alignment) {
    public ViewColumn {
        if (expression == null && property != null) expression = ValueExpression.property(property);
        if (alignment == null) alignment = Alignment.Undefined;
    }

    /** A column showing a property under its own name. */
    public static ViewColumn of(String property) {
        return new ViewColumn(null, property, null, 0, Alignment.Undefined);
    }

    public static ViewColumn of(String property, int width) {
        return new ViewColumn(null, property, null, width, Alignment.Undefined);
    }

    public static ViewColumn of(String property, int width, Alignment alignment) {
        return new ViewColumn(null, property, null, width, alignment);
    }

    /** A column whose label differs from the property it shows (Exchange's "Items Synced" for SyncedItemCount). */
    public static ViewColumn labeled(String label, String property) {
        return new ViewColumn(label, property, null, 0, Alignment.Undefined);
    }

    /** A column computed from the object, like a format.ps1xml ScriptBlock column. */
    public static ViewColumn computed(String label, ValueExpression expression, int width, Alignment alignment) {
        return new ViewColumn(label, null, expression, width, alignment);
    }

    /** The same column with a fixed width. */
    public ViewColumn withWidth(int w) {
        return new ViewColumn(label, property, expression, w, alignment);
    }

    /** The header text: the label, else the property name. */
    public String header() {
        return label != null ? label : property == null ? "" : property;
    }
}
