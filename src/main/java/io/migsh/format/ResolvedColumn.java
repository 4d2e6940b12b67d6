package io.migsh.format;

/** A -Property argument resolved against an object: the label it shows under and how to read its value. */
record ResolvedColumn(String label, ValueExpression expression, FormatProperty origin) {
    Object valueOf(Object target) {
        try {
            return expression.valueOf(target);
        } catch (RuntimeException e) {
            // PowerShell shows an empty cell when a property getter or script column fails.
            return null;
        }
    }

    String textOf(Object target, int enumerationLimit) {
        String format = origin == null ? null : origin.formatString();
        return FieldText.withFormat(valueOf(target), format, enumerationLimit);
    }
}
