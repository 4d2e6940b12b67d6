package io.migsh.cmdlets.format;

import io.migsh.format.FieldText;
import io.migsh.format.OutputFormatter;
import io.migsh.format.ViewRegistry;
import io.migsh.runtime.ExecutionContext;

/** What the formatting cmdlets read from the session: the view registry, $FormatEnumerationLimit, the width. */
final class FormatSettings {
    private static final ViewRegistry STANDARD = ViewRegistry.standard();

    private FormatSettings() {}

    /** The session's view registry (a registered service), else the standard one. */
    static ViewRegistry views(ExecutionContext context) {
        ViewRegistry r = context.serviceOrNull(ViewRegistry.class);
        return r != null ? r : STANDARD;
    }

    /** $FormatEnumerationLimit when it holds an integer, else PowerShell's default of 4. */
    static int enumerationLimit(ExecutionContext context) {
        Object v = context.variables().get("FormatEnumerationLimit");
        return v instanceof Integer i ? i : v instanceof Long l ? l.intValue() : FieldText.DEFAULT_ENUMERATION_LIMIT;
    }

    /** -Width when given, else the console's usable width (one less than the host's), else 120 columns. */
    static int width(ExecutionContext context, Integer requested) {
        if (requested != null && requested > 0) return requested;
        return OutputFormatter.usableWidth(context.host().width());
    }

    static OutputFormatter formatter(ExecutionContext context) {
        return new OutputFormatter(views(context)).withEnumerationLimit(enumerationLimit(context));
    }
}
